using Intake.Bot.Text;

namespace Intake.Bot.Safety;

/// <summary>
/// What people write when they are in danger, in Swedish and English, as they write it late at night. Words are
/// compared after <see cref="TextNormalizer"/>, so "dö", "dööö" and "do" are one word, and long words tolerate typos.
/// </summary>
internal static class RiskPhrases
{
    private const string Me = "mig|mej|sig|sej|själv";
    private const string Someone = "mig|mej|oss|henne|honom|hen|dem|dom|mamma|pappa|barnen|barnet|sonen|dottern|"
        + "lillebror|lillasyster|syster|bror|fru|frun|hustru|hustrun|mannen|maken|sambo|sambon|flickvän|flickvännen|pojkvän|pojkvännen|"
        + "partner|partnern|me|us|her|him|them|mom|mum|mother|dad|father|kids|children|child|baby|"
        + "wife|husband|sister|brother|son|daughter";

    private const string Hits = "slår|slog|slagit|sparkar|sparkade|misshandlar|misshandlade|knuffar|knuffade|stryper|ströp|örfilar";

    public static PhraseList Suicide { get; } = new(
        "självmord*|sjelvmord*|suicid*|självskad*",
        $"ta|tar|tagit|tog livet av {Me}",
        "ta|tar|tagit|tog eget liv",
        "ta|tar|tagit|tog mitt liv",
        "vill|orkar inte|int leva|lev",
        "vill|orkar inte|int finnas kvar|till",
        "vill|orkar inte|int vakna",
        "vill|ville dö",
        "önskar jag var|vore död",
        "bättre om jag var|vore död|dog",
        "inget|ingenting leva för",
        "ingen mening leva|med",
        "tankar på dö|ta",
        "tänker|tänkt|tänkte på döden|dö",
        $"hänga|skjuta|dränka|skära|skär|skada|skadar {Me}",
        "hoppa framför tåget|tåg|bilen",
        "avsluta|avslutar livet|liv",
        "göra|gör slut på livet|liv|allt",
        "kill|killing|kil myself|meself|self",
        "kms",
        "unalive*",
        "end|ending it all",
        "want|wanna to end it",
        "feel|feeling like dying",
        "end|ending my|own life",
        "take|taking own|my life",
        "want|wanted|wanna to die",
        "wanna die",
        "wish i was|were dead",
        "better off dead",
        "dont|not want|wanna to live|be",
        "dont|not wanna live",
        "dont|not want|wanna be here|alive",
        "dont|not want|wanna to be here|alive",
        "vill|orkar inte|int vara här|kvar",
        "no reason|point to live|living|in",
        "nothing to live for",
        "hang|hurt|cut|harm myself",
        "self harm*|selfharm*");

    public static PhraseList Overdose { get; } = new(
        "överdos*|overdos*|odat|odade|odar|oded",
        "tagit|tog|fått|fick för mycket|många",
        "för många tablett*|sömntablett*|piller*|tabbar|sömnmedel*|medicin*",
        "svalt|svalde|tagit|tog|ätit|åt|knaprat|knaprade massa|massor|alla|hela tablett*|sömntablett*|piller*|burken|sömnmedel*|medicin*",
        "might|gonna|will|ska|tänker|took|had|tog|tagit od",
        "he|she|i|they|just|has|had|have|may|might odd",
        "odd on",
        "andas inte|int|knappt|konstigt",
        "slutat andas",
        "går|gick inte väcka",
        "vaknar|vaknade inte|int",
        "får|fick inte|int liv i",
        "medvetslös*",
        "blå|blåa läppar",
        "took|taken|take too many|much",
        "swallowed|took|taken|ate all|bunch|handful|whole|lot pills|tablets|bottle",
        "not|isnt|stopped breathing|breathe",
        "cant wake",
        "unconscious|unresponsive",
        "blue lips");

    public static PhraseList Violence { get; } = new(
        $"{Hits} {Someone}",
        $"{Hits} sin|sina|min|mina|hans|hennes|deras|vår|våra {Someone}",
        "hotar|hotade|hotat döda|slå|skada|mörda|skjuta|knivhugga",
        $"hotar|hotade|hotat {Someone}",
        "hotar|hotade|hotat med kniv|vapen|pistol|yxa",
        $"ska|kommer|vill|tänker döda|mörda {Someone}",
        "rädd han|hon ska|kommer slå|döda|skada|mörda",
        "våldtog|våldtagit|våldtäkt*|våldtagen|våldsam*|misshandel*|misshandlad*|stryptag*",
        "utsatt|utsätter för våld",
        "blev|blir|bli|blivit|är|var slagen|slagna|hotad|hotade|sparkad|knivhuggen|strypt",
        "våld i hemmet|nära",
        "hot om våld",
        $"hits|hit|hitting|beats|beat|beating|kicks|kicked|punches|punched|chokes|choked|strangles|strangled|slaps|slapped|abuses|abused|attacks|attacked {Someone}",
        "threatens|threatened|threatening to kill|hurt|harm|hit|beat|stab|shoot",
        $"threatens|threatened|threatening {Someone}",
        $"going|wants to kill {Someone}",
        $"gonna|will kill {Someone}",
        "domestic violence|abuse",
        "abusive|violent|raped|rape",
        "sexually assaulted|abused");

    /// <summary>Everyday phrases that only look alarming; blanked before matching.</summary>
    public static PhraseList Harmless { get; } = new(
        "dö|dör|dog|döende av skratt|tristess|längtan",
        "skratta ihjäl",
        "slår|slog|slagit mig|mej att|som|ner|för",
        "hit|hits me up",
        "beat|beats me to|at",
        "hit|hits|hitting bottle",
        "kill|killing time",
        "killing it",
        "high achiever*|school|fever|five",
        "full|fulla av",
        "tagit|tog för mycket plats|tid|betalt",
        "took|taken too much time|space",
        "overdo|overdoes|overdid|overdoing it",
        "dog|dött|died av|of|from överdos*|overdos*");
}
