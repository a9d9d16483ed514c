namespace Intake.Core.Submissions;

/// <summary>The questions of one submission kind, in the order a person is asked them.</summary>
public sealed class QuestionModel
{
    private readonly Dictionary<string, Question> byId;

    public QuestionModel(SubmissionKind kind, IReadOnlyList<Question> questions, IReadOnlyList<CrossFieldRule> rules)
    {
        Kind = kind;
        Questions = questions;
        Rules = rules;
        byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
    }

    public SubmissionKind Kind { get; }

    public IReadOnlyList<Question> Questions { get; }

    public IReadOnlyList<CrossFieldRule> Rules { get; }

    public bool TryGetQuestion(string id, out Question question) => byId.TryGetValue(id, out question!);

    public static QuestionModel For(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Concern => QuestionCatalog.Concern,
        SubmissionKind.SupportRequest => QuestionCatalog.SupportRequest,
        SubmissionKind.RelativeSupportRequest => QuestionCatalog.RelativeSupportRequest,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
