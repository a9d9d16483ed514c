using Intake.Bot.SelfTests;
using Intake.Bot.Text;

namespace Intake.Bot.Intents;

/// <summary>
/// Which self-test a message is about: alcohol (AUDIT), drugs (DUDIT) or gambling (PGSI), from its words, with the
/// usual typo tolerance. A message that names two of them, or none, names no test: the person is asked which.
/// </summary>
internal static class SelfTestTopics
{
    private static readonly (SelfTestKind Kind, PhraseList Words)[] Topics =
    [
        (SelfTestKind.Alcohol, new(
            "alkohol*|alcohol*|alkis|audit|dricker|dricka|drack|druckit|drickandet|drickande|drinking|drink|drinks|drunk|supa|super|söp|sprit|öl|vin|vinet|booze")),
        (SelfTestKind.Drugs, new(
            "drog*|knark*|narkoti*|narcoti*|dudit|drug|drugs|cannabis|hasch|marijuana|weed|kokain|cocaine|amfetamin*|amphetamine*|heroin|opioid*|opiat*|opiate*|"
                + "tabletter|piller|pills|spice|ecstasy|mdma|benso*|benzo*|tramadol")),
        (SelfTestKind.Gambling, new(
            "spel*|gambl*|gambling|gambler|betting|bet|bets|casino*|kasino*|poker|odds|oddset|lotto|lotter*|trav|travet|slots|pgsi")),
    ];

    /// <summary>The one test the words are about, or null.</summary>
    public static SelfTestKind? Of(IReadOnlyList<string> words)
    {
        var named = Topics.Where(t => t.Words.IsFoundIn(words)).Select(t => t.Kind).ToList();
        return named.Count == 1 ? named[0] : null;
    }
}
