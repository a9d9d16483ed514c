using Intake.Bot.Text;

namespace Intake.Bot.Safety;

/// <summary>The parts of a message that together mean a child is in danger (see <see cref="SafetyGate"/>).</summary>
internal static class ChildPhrases
{
    private const string Ages = "6|7|8|9|10|11|12|13|14|15|16|17|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton";
    private const string Parent = "mamma|pappa|morsan|farsan|föräldrar|föräldrarna|styvpappa|styvmamma|mom|mum|dad|parents|stepdad|stepmom";

    public static PhraseList Mention { get; } = new(
        "barn|barnet|barnen|barnens|bebis|bebisen|bäbis|spädbarn*|dotter|dottern|döttrar*|son|sonen|söner|sönerna",
        "lillebror|lillasyster|småsyskon*|syskon*",
        "child|children|kid|kids|baby|babies|toddler*|daughter*|sons|siblings",
        "little brother|sister");

    public static PhraseList Speaker { get; } = new(
        $"jag är|e {Ages}",
        $"i am {Ages}",
        $"im {Ages}",
        "går i|på högstadiet|mellanstadiet|lågstadiet|sexan|sjuan|åttan|nian",
        "in middle school",
        "in grade|year 4|5|6|7|8|9");

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
