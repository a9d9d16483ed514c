using Intake.Bot.Text;

namespace Intake.Bot.Safety;

/// <summary>
/// How a message places what it tells in time. "Min bror dog av en överdos för tre år sen", "I self-harmed as a
/// teenager but that's long behind me", "what happens in the body during an overdose? studying to be a nurse": the
/// crisis words are there, the crisis is not. Such a message is calm only when nothing in it says now (tonight,
/// again, help, 112): a past that comes back ("har försökt en gång förut, nu känns det likadant igen") is a crisis.
/// </summary>
internal static class RiskFrames
{
    /// <summary>It happened long ago, or it is over.</summary>
    public static PhraseList Past { get; } = new(
        "för|for #|ett|en|två|tva|tre|fyra|fem|sex|sju|åtta|atta|nio|tio|flera|många|manga|några|nagra år|ar|månader|manader|veckor|decennier sen|sedan",
        "#|ett|två|tva|tre|fyra|fem|sex|sju|åtta|atta|nio|tio|flera|många|manga|några|nagra år|ar sen|sedan",
        "på|pa # talet",
        "in the 50s|60s|70s|80s|90s|00s|2000s|nineties|eighties|seventies",
        "back in ####",
        "i höstas|hostas|våras|varas|somras|vintras",
        "####",
        "#|one|two|three|four|five|six|seven|eight|nine|ten|many|several years|months ago",
        "förra|forra året|aret|sommaren|våren|hösten|vintern|månaden",
        "i fjol|fjol",
        "years|decades ago",
        "last year|summer|spring|autumn|winter|month",
        "när|nar jag|ja var|va liten|ung|barn|tonåring|yngre|#",
        "när|nar vi var|va små|sma|unga|barn|#",
        "when i|we was|were little|young|a kid|kids|a teen|teenager|teenagers|teens|younger|growing up",
        "as a kid|teen|teenager|child",
        "used to",
        "sen|sedan dess",
        "since then",
        "long behind me",
        "nykter|ren|drogfri|clean|sober sen|sedan|since|for # år|ar|years",
        "överlevde|overlevde|survived",
        "pulled through",
        "har gått i terapi",
        "im in therapy",
        "döda|dod|död sen|sedan länge|lange",
        "skilda|skild|separerade sen|sedan",
        "dömd|dömdes|convicted",
        "lämnade|lamnade honom|henne",
        "im safe|happily",
        "mår|mar bra nu",
        "doing alright|ok|okay now");

    /// <summary>A question about how things are in general, not about what is happening.</summary>
    public static PhraseList General { get; } = new(
        "hur känner|kanner man igen",
        "vad händer|hander i kroppen",
        "what happens|physically happens",
        "kan man få",
        "can you get",
        "is it true|safe",
        "stämmer|stammer det",
        "e|är|ar det sant",
        "pluggar|studerar|uppsats|studying|essay|thesis|dokumentär*|documentary|föreläsning*|lecture",
        "skolarbete*|assignment|novel|roman|romanen|statistik*|statistics|kursen|course|degree|nursing|sjuksköterskeutbildning*|health class|first aid|printed material|personalrummet|staff room",
        "signs of",
        "just want to be prepared",
        "vill vara förberedd|forberedd",
        "in case|ifall someone|någon|nån|nan|ngn",
        "if someone|anyone",
        "e|är|ar det farligt|farlig|dangerous|safe",
        "is it dangerous|safe|bad",
        "rent allmänt|allmant",
        "in general",
        "generally|allmänt|allmant",
        "just wondering",
        "undrar|frågar|fragar bara",
        "is this withdrawal",
        "är|e|ar det abstinens|abstinensen",
        "tecken på");

    /// <summary>Said laughing: "den här blanketten tar livet av mig haha".</summary>
    /// <remarks>
    /// Not "kidding": with doubled letters folded and one typo allowed it reads as "killing", and every "killing
    /// myself" was taken for a joke.
    /// </remarks>
    public static PhraseList Laughing { get; } = new("haha*|hehe*|lol|lmao|lmfao|xd|jk|skämt|skamt|skojar");

    /// <summary>Something is happening now, or is about to.</summary>
    public static PhraseList Now { get; } = new(
        "just nu",
        "right now",
        "ikväll|ikvall|inatt|tonight|rn|imorgon|imorn|tomorrow|tmrw|snart|igen|again|precis|nyss",
        "snälla|snalla|please|pls|plz|akut|112|ambulans|ambulance|asap",
        "igår|igar|yesterday|imorse|morse",
        "last night",
        "this morning",
        "vad|what ska|gör|do jag|vi|i|we",
        "denna|this veckan|vecka|week",
        "den här|har veckan|gången|gangen",
        "varje|every natt|kväll|kvall|night|nite",
        "is|är|e back|tillbaka",
        "this time",
        "värre|varre|worse",
        "redan|already",
        "valt|picked|chosen plats|place|date|datum|dag",
        "keep thinking|tänker|tanker|thinking");

    /// <summary>Whether the message tells of the past, or asks in general, and says nothing of now.</summary>
    public static bool IsPastOrGeneralOnly(IReadOnlyList<string> words) =>
        Past.IsFoundIn(words) || General.IsFoundIn(words);

    /// <summary>Whether the message laughs (😂 counts) and says nothing of now.</summary>
    public static bool IsLaughingOnly(string? text, IReadOnlyList<string> words) =>
        (Laughing.IsFoundIn(words) || (text is not null && (text.Contains("😂", StringComparison.Ordinal) || text.Contains("🤣", StringComparison.Ordinal)
            || text.Contains("😅", StringComparison.Ordinal) || text.Contains("😆", StringComparison.Ordinal))))
        && !Now.IsFoundIn(words);
}
