using Intake.Bot.Audit;
using Intake.Bot.Dudit;
using Intake.Bot.Pgsi;
using Intake.Core.Localization;

namespace Intake.Bot.SelfTests;

/// <summary>
/// One self-test as its manual describes it: its name, its questions with the points of each answer, and which
/// questions are not asked given earlier answers (AUDIT's skip rules; DUDIT and PGSI ask every question).
/// </summary>
internal sealed class SelfTestInstrument
{
    private readonly Func<int, IReadOnlyList<int>, bool> isSkipped;

    private SelfTestInstrument(SelfTestKind kind, string name, LocalizedText topic, IReadOnlyList<SelfTestQuestion> questions, Func<int, IReadOnlyList<int>, bool>? isSkipped = null)
    {
        Kind = kind;
        Name = name;
        Topic = topic;
        Questions = questions;
        MaxScore = questions.Sum(q => q.Answers.Max(a => a.Score));
        this.isSkipped = isSkipped ?? ((_, _) => false);
    }

    public static SelfTestInstrument Audit { get; } = new(
        SelfTestKind.Alcohol, "AUDIT", new("alkohol", "alcohol"), AuditQuestionnaire.Questions, AuditQuestionnaire.IsSkipped);

    public static SelfTestInstrument Dudit { get; } = new(SelfTestKind.Drugs, "DUDIT", new("droger", "drugs"), DuditQuestionnaire.Questions);

    public static SelfTestInstrument Pgsi { get; } = new(SelfTestKind.Gambling, "PGSI", new("spel om pengar", "gambling"), PgsiQuestionnaire.Questions);

    public static IReadOnlyList<SelfTestInstrument> All { get; } = [Audit, Dudit, Pgsi];

    public SelfTestKind Kind { get; }

    /// <summary>The instrument's own name: AUDIT, DUDIT, PGSI.</summary>
    public string Name { get; }

    /// <summary>What it is about, in a sentence's middle: "alkohol", "droger", "spel om pengar".</summary>
    public LocalizedText Topic { get; }

    public IReadOnlyList<SelfTestQuestion> Questions { get; }

    /// <summary>The most points the answers can give: 40, 44, 27.</summary>
    public int MaxScore { get; }

    public static SelfTestInstrument For(SelfTestKind kind) => All.Single(t => t.Kind == kind);

    /// <summary>
    /// Whether the question at <paramref name="index"/> (0-based) is skipped given the answer indexes so far (at least
    /// those before it). A skipped question is given its first answer, which scores 0.
    /// </summary>
    public bool IsSkipped(int index, IReadOnlyList<int> answers) => isSkipped(index, answers);

    /// <summary>The total for one answer index per question, in question order (a skipped question's is 0).</summary>
    public int Score(IReadOnlyList<int> answerIndexes)
    {
        ArgumentNullException.ThrowIfNull(answerIndexes);
        if (answerIndexes.Count != Questions.Count)
        {
            throw new ArgumentException($"{Name} needs {Questions.Count} answers, not {answerIndexes.Count}.", nameof(answerIndexes));
        }

        var total = 0;
        for (var i = 0; i < Questions.Count; i++)
        {
            var answers = Questions[i].Answers;
            var index = answerIndexes[i];
            if (index < 0 || index >= answers.Count)
            {
                throw new ArgumentException(
                    $"{Name} question {Questions[i].Number} has answers 0–{answers.Count - 1}, not {index}.", nameof(answerIndexes));
            }

            total += answers[index].Score;
        }

        return total;
    }
}
