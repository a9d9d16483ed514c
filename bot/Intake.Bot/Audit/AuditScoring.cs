using Intake.Core.Localization;

namespace Intake.Bot.Audit;

/// <summary>Adds up the answers, names the level under a profile, and says it kindly with a next step.</summary>
internal static class AuditScoring
{
    public const int MaxScore = 40;

    /// <summary>The total for one answer index per question, in question order.</summary>
    public static int Score(IReadOnlyList<int> answerIndexes)
    {
        ArgumentNullException.ThrowIfNull(answerIndexes);
        var questions = AuditQuestionnaire.Questions;
        if (answerIndexes.Count != questions.Count)
        {
            throw new ArgumentException($"AUDIT needs {questions.Count} answers, not {answerIndexes.Count}.", nameof(answerIndexes));
        }

        var total = 0;
        for (var i = 0; i < questions.Count; i++)
        {
            var answers = questions[i].Answers;
            var index = answerIndexes[i];
            if (index < 0 || index >= answers.Count)
            {
                throw new ArgumentException(
                    $"Question {questions[i].Number} has answers 0–{answers.Count - 1}, not {index}.", nameof(answerIndexes));
            }

            total += answers[index].Score;
        }

        return total;
    }

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
}
