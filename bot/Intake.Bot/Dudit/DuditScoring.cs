using Intake.Bot.SelfTests;

namespace Intake.Bot.Dudit;

/// <summary>Adds up DUDIT's answers and names the level under the limits the person compared with.</summary>
internal static class DuditScoring
{
    public const int MaxScore = 44;

    /// <summary>The total for one answer index per question, in question order.</summary>
    public static int Score(IReadOnlyList<int> answerIndexes) => SelfTestInstrument.Dudit.Score(answerIndexes);

    /// <param name="choice">"women", "men", or anything else (not given): the lower problem limit.</param>
    public static DuditLevel Classify(int score, DuditLimits limits, string? choice)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, MaxScore);
        limits.EnsureValid();

        return score >= limits.DependenceFrom ? DuditLevel.Dependence
            : score >= limits.ProblemsFrom(choice) ? DuditLevel.Problems
            : DuditLevel.NoProblems;
    }

    public static SelfTestReading Read(int score, DuditLimits limits, string? choice)
    {
        var level = Classify(score, limits, choice);
        return new(SelfTestKind.Drugs, score, DuditResults.Id(level), DuditResults.LevelName(level), limits.Description(choice),
            DuditResults.Meaning(level), DuditResults.Advice(level), DuditResults.For(level));
    }
}
