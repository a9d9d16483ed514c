using Intake.Bot.SelfTests;
using Intake.Core.Localization;

namespace Intake.Bot.Audit;

/// <summary>Adds up the answers, names the level under a profile, and says it kindly with a next step.</summary>
internal static class AuditScoring
{
    public const int MaxScore = 40;

    /// <summary>The total for one answer index per question, in question order.</summary>
    public static int Score(IReadOnlyList<int> answerIndexes) => SelfTestInstrument.Audit.Score(answerIndexes);

    public static AuditLevel Classify(int score, AuditProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, MaxScore);
        profile.EnsureValid();

        return score >= profile.DependenceFrom ? AuditLevel.Dependence
            : score >= profile.HarmfulFrom ? AuditLevel.Harmful
            : score >= profile.RiskFrom ? AuditLevel.Risk
            : AuditLevel.Low;
    }

    public static LocalizedText Result(AuditLevel level) => AuditResults.For(level);

    /// <summary>The score read under <paramref name="profile"/>: level, limits and what they mean.</summary>
    public static SelfTestReading Read(int score, AuditProfile profile)
    {
        var level = Classify(score, profile);
        return new(SelfTestKind.Alcohol, score, AuditResults.Id(level), AuditResults.LevelName(level), profile.Description,
            AuditResults.Meaning(level), AuditResults.Advice(level), AuditResults.For(level));
    }
}
