using Intake.Bot.Text;

namespace Intake.Bot.Safety;

/// <summary>The parts of a message that together mean a child is in danger (see <see cref="SafetyGate"/>).</summary>
internal static partial class ChildPhrases
{
    private const string Ages = "6|7|8|9|10|11|12|13|14|15|16|17|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton";
    private const string Parent = "mamma|pappa|morsan|farsan|föräldrar|föräldrarna|styvpappa|styvmamma|mom|mum|dad|parents|stepdad|stepmom";

    public static PhraseList Mention { get; } = new(
        "barn|barnet|barnen|barnens|bebis|bebisen|bäbis|spädbarn*|dotter|dottern|döttrar*|son|sonen|söner|sönerna",
        "lillebror|lillasyster|småsyskon*|syskon*",
        "child|children|kid|kids|baby|babies|babys|toddler*|daughter*|sons|siblings",
        "little brother|sister",
        "barnbarn*|lillan|lillen|ungen|ungarna|styvdotter*|styvson*|bonusbarn*|elev|eleven|eleverna|förskola*|dagis|fritids|dagmamma",
        "grandkid*|grandchild*|stepdaughter|stepson|pupil*|preschool|kindergarten|childminder|nursery|babysitter",
        "little|small one|boy|girl|kids",
        "my boy|girl",
        "tonåring*|teen|teens|teenager*|minderårig*|minor|minors|klassen|klasskompis*|classmate*",
        "går i|på|pa trean|tvåan|fyran|femman|sexan|sjuan|åttan|nian|mellanstadiet|högstadiet|lågstadiet|förskoleklass",
        "year|grade # pupil*|student*|class");

    public static PhraseList Speaker { get; } = new(
        $"jag är|e {Ages}",
        $"ja|jag e|är|ar {Ages}",
        $"e|är {Ages} år|ar|o|och",
        $"i am {Ages}",
        $"im {Ages}",
        "går i|på högstadiet|mellanstadiet|lågstadiet|sexan|sjuan|åttan|nian",
        "in middle school",
        "in grade|year 4|5|6|7|8|9");

    /// <summary>
    /// Once a crisis is found, whatever may mean a child: a child, a school year or a young person named, an age from
    /// 1 to 17 ("vill dö 14", "i'm at a party, 14"), or a parent named as a child names them ("morsan", "mom's
    /// boyfriend", "e rädd för pappa"). Generous on purpose: it costs no alarm, only BRIS named beside the other numbers,
    /// and a child who writes rarely says "I am a child".
    /// </summary>
    public static bool MayConcernAChild(IReadOnlyList<string> words) =>
        Mention.IsFoundIn(words) || Speaker.IsFoundIn(words) || YoungPeople.IsFoundIn(words) || Parents.IsFoundIn(words)
        || words.Any(IsSchoolYear) || HasBareYoungNumber(words);

    private static readonly PhraseList YoungPeople = new(
        "ung|unga|ungdom*|young|youth|tonåren|skolan|school|lärare|läraren|lararen|teacher|mentor*|kurator*|skolsköterska*|rektor*|högstadie*|gymnasie*|highschool|högstadiet|mellanstadiet",
        "bror|brorsan|syster|systern|lillebrorsan|brother|bro|sister|sis|kusin|cousin");

    private static readonly PhraseList Parents = new(
        $"{Parent}|mamman|pappan|föräldern|förälder|mammas|pappas|morsans|farsans|mammor|pappor|bonuspappa*|bonusmamma*|bonusfarsa*|styvfar*|styvfarsa*|styvmor|mommy|mummy|mama|daddy|papa|moms|mums|dads|mother|father|mothers|fathers|stepdad*|stepmum*|stepfather*|stepmother*|parent*",
        "step dad|mum|mom|father|mother");

    /// <summary>"9an", "8:an", "åk 7", "year 9": a school year.</summary>
    private static bool IsSchoolYear(string word) =>
        word.Length is >= 2 and <= 3 && char.IsAsciiDigit(word[0]) && word.EndsWith("an", StringComparison.Ordinal) && word[0] is >= '1' and <= '9'
        || word is "ak" or "arskurs";

    /// <summary>A number from 1 to 17 on its own that counts nothing after it ("14" but not "14 tabletter", "3 dagar").</summary>
    private static bool HasBareYoungNumber(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (Model.SafetyConcepts.StartsWithYoungNumber(words[i], out var rest) && rest.Length == 0
                && (i + 1 == words.Count || !Counted.Contains(words[i + 1]) && !RiskPhrases.Substances.IsFoundIn([words[i + 1]])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a number before it counts (normalised as messages are: "timmar" is "timar"): then it is no age.</summary>
    private static readonly HashSet<string> Counted = new(
        new[]
        {"st", "stycken", "styck", "mg", "g", "gr", "gram", "ml", "cl", "dl", "l", "liter", "min", "minuter", "minutes", "mins", "minuten",
         "sek", "sekunder", "seconds", "secs", "tim", "timmar", "timme", "hours", "hour", "hrs", "h", "dagar", "dag", "days", "day",
         "veckor", "vecka", "weeks", "week", "manader", "manad", "months", "month", "ganger", "gang", "times", "time", "tabletter",
         "tabl", "tabs", "pills", "piller", "kr", "kronor", "procent", "percent", "meter", "m", "km", "glas", "glass", "glasses", "ol",
         "oller", "burkar", "burk", "cans", "can", "beers", "beer", "drinks", "drink", "shots", "shot", "flaskor", "flaska", "bottles", "bottle",
         "streck", "lines", "line", "pack", "paket", "askar", "boxes", "doser", "doses", "dos", "dose", "ar", "years", "year", "yrs", "yr", "vaningar",
         "floors", "floor", "vaning", "personer", "people", "tusen", "thousand", "hundra", "hundred", "am", "pm", "klockan", "kl", "o", "och", "and", "eller", "or", "till", "to",
        }.SelectMany(TextNormalizer.Words),
        StringComparer.Ordinal);

    /// <summary>A parent who does it to "me" or "us": the one writing is most likely their child ("pappa slår mig när han druckit").</summary>
    public static PhraseList ParentToMe { get; } = new(
        "pappa|mamma|farsan|morsan|styvpappa*|styvmamma*|styvfarsan|dad|mom|mum|stepdad|stepmom|stepmum|parents|föräldrar*",
        "mina|my föräldrar|parents");

    public static PhraseList MeOrUs { get; } = new("mig|mej|me|oss|us");

    /// <summary>Where a message says how old someone is: "jag är 12", "min 4-åring", "e 14", "my 9yo", "(15)".</summary>
    public static bool NamesAYoungAge(string? text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Model.SafetyConcepts.StartsWithYoungNumber(words[i], out var rest))
            {
                continue;
            }

            var unitIsNext = rest.Length == 0;
            var unit = unitIsNext ? (i + 1 < words.Count ? words[i + 1] : string.Empty) : rest;
            var after = i + (unitIsNext ? 2 : 1) < words.Count ? words[i + (unitIsNext ? 2 : 1)] : string.Empty;
            var before = i > 0 ? words[i - 1] : string.Empty;
            // "14 år och vill inte leva", "16 years old": a message that opens with an age says who writes
            // ("15 år sen" is a time).
            var isAge = YearUnits.Contains(unit)
                ? Old.Contains(after) || AgeLeads.Contains(before) || Person.Contains(before) || (i == 0 && !Ago.Contains(after))
                : AgeUnits.Contains(unit);
            if (isAge || AgeLeads.Contains(before))
            {
                return true;
            }
        }

        return text is not null && text.Contains('(', StringComparison.Ordinal) && InParentheses().Matches(text)
            .Any(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 17);
    }

    private static readonly HashSet<string> AgeUnits = new(
        ["aring", "aringen", "aringar", "arig", "arige", "ariga", "yo", "y", "yearold", "manader", "months", "mon"],
        StringComparer.Ordinal);

    /// <summary>"År" and "years" name an age only with "old"/"gammal" after or a person before ("min son 4 år").</summary>
    private static readonly HashSet<string> YearUnits = new(["ar", "yr", "yrs", "year", "years"], StringComparer.Ordinal);

    private static readonly HashSet<string> Ago = new(["sen", "sedan", "ago", "tilbaka", "back", "sedans"], StringComparer.Ordinal);

    private static readonly HashSet<string> Old = new(["old", "gamal", "gamla", "gamalt"], StringComparer.Ordinal);

    private static readonly HashSet<string> Person = new(
        ["son", "sonen", "doter", "dotern", "barnet", "barn", "bror", "brorsan", "syster", "systern", "lilebror", "lilasyster", "pojke", "pojken",
         "flicka", "flickan", "tjej", "tjejen", "kile", "kilen", "kompis", "kompisen", "elev", "eleven", "boy", "girl", "daughter", "kid", "child",
         "brother", "sister", "friend", "pupil", "stepdaughter", "stepson", "bebis", "baby"],
        StringComparer.Ordinal);

    /// <summary>Words before an age ("jag e 11", "im 14", "på 16", "aged 12"); normalised (å → a).</summary>
    private static readonly HashSet<string> AgeLeads = new(
        ["e", "ar", "jag", "ja", "im", "am", "pa", "aged", "age", "is", "bara", "endast", "only", "bada", "both"],
        StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\((\d{1,2})\s*(?:år|ar|y|yo|yrs)?\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InParentheses();

    public static PhraseList Intoxicated { get; } = new(
        "packad*|berusad*|drogad*|däckad*|aspack*|stenad*|redlös*|dyngrak*|pundad*|påtänd*|fyllan|fyllo",
        "är|blev|var|verkar|e|jätte|helt full|fulla|hög|höga|påverkad|påverkade",
        "drunk|wasted|intoxicated|stoned|hammered|blackout",
        "passed out",
        "is|are|was|got|gets|getting high|smashed",
        $"full|fulla|packade|berusade|drogade|höga|påverkade|drunk|wasted|high|stoned {Parent}|styvpappan|styvmamman|pappan|mamman");

    public static PhraseList Unsafe { get; } = new(
        "far illa",
        "ensam|ensamt|ensamma hemma",
        "home alone",
        "i fara",
        "inte|int säker|säkra|trygg|trygga",
        "vanvård*",
        "in danger",
        "not|isnt safe",
        "unsafe",
        "neglect*");

    public static PhraseList ParentUses { get; } = new(
        $"{Parent} dricker|super|knarkar|röker|tar|använder|drinks|drink|uses|use|takes|does",
        $"{Parent} är|e full|fulla|drunk");
}
