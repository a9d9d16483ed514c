using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Safety;

/// <summary>
/// Read on every message before anything else. It errs towards a crisis reply: a false alarm costs a kind
/// sentence with phone numbers, a miss can cost a life. Everyday phrases that only look alarming ("dö av skratt",
/// "det slår mig att", "killer app") are blanked out first.
/// </summary>
internal static class SafetyGate
{
    /// <summary>Most serious first: a body that stops breathing cannot wait for anything else.</summary>
    private static readonly RiskSignal[] BySeverity =
        [RiskSignal.Overdose, RiskSignal.Suicide, RiskSignal.ChildInDanger, RiskSignal.Violence];

    public static RiskSignal Assess(string? text)
    {
        var words = RiskPhrases.Harmless.Blank(TextNormalizer.Words(text));
        if (words.Count == 0)
        {
            return RiskSignal.None;
        }

        var found = BySeverity.Where(signal => Found(signal, words)).ToArray();
        return found.Length == 0 ? RiskSignal.None : found[0];
    }

    public static LocalizedText FirstReply(RiskSignal signal) => SafetyReplies.For(signal);

    private static bool Found(RiskSignal signal, IReadOnlyList<string> words) => signal switch
    {
        RiskSignal.Overdose => RiskPhrases.Overdose.IsFoundIn(words),
        RiskSignal.Suicide => RiskPhrases.Suicide.IsFoundIn(words),
        RiskSignal.Violence => RiskPhrases.Violence.IsFoundIn(words),
        RiskSignal.ChildInDanger => ChildInDanger(words),
        _ => false,
    };

    /// <summary>
    /// A child is named or is the one writing, and someone is drunk or high, violent, or the child is not safe;
    /// or a child writes that a parent drinks or uses drugs.
    /// </summary>
    private static bool ChildInDanger(IReadOnlyList<string> words)
    {
        var speakerIsChild = ChildPhrases.Speaker.IsFoundIn(words);
        var child = speakerIsChild || ChildPhrases.Mention.IsFoundIn(words);
        var danger = ChildPhrases.Intoxicated.IsFoundIn(words) || ChildPhrases.Unsafe.IsFoundIn(words)
            || RiskPhrases.Violence.IsFoundIn(words);
        return (child && danger) || (speakerIsChild && ChildPhrases.ParentUses.IsFoundIn(words));
    }
}
