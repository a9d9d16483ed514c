using Intake.Bot.SelfTests;

namespace Intake.Bot.Pgsi;

/// <summary>Adds up PGSI's answers and names the category under the configured limits.</summary>
internal static class PgsiScoring
{
    public const int MaxScore = 27;

    /// <summary>The total for one answer index per question, in question order.</summary>
    public static int Score(IReadOnlyList<int> answerIndexes) => SelfTestInstrument.Pgsi.Score(answerIndexes);

    public static PgsiLevel Classify(int score, PgsiLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, MaxScore);
        limits.EnsureValid();

        return score >= limits.ProblemFrom ? PgsiLevel.Problem
            : score >= limits.ModerateRiskFrom ? PgsiLevel.ModerateRisk
            : score >= limits.LowRiskFrom ? PgsiLevel.LowRisk
            : PgsiLevel.NoProblem;
    }

    public static SelfTestReading Read(int score, PgsiLimits limits)
    {
        var level = Classify(score, limits);
        return new(SelfTestKind.Gambling, score, PgsiResults.Id(level), PgsiResults.LevelName(level), limits.Description,
            PgsiResults.Meaning(level), PgsiResults.Advice(level), PgsiResults.For(level));
    }
}
