using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Dialogs;

/// <summary>
/// Everything the bot remembers about one conversation: plain data, stored by the app (ETag-guarded) between turns.
/// What the person already answered is kept through errors, topic changes and restarts of a question.
/// </summary>
internal sealed class DialogState
{
    public Language Language { get; set; }

    public bool Greeted { get; set; }

    public SubmissionKind? Kind { get; set; }

    public Dictionary<string, List<string>> Answers { get; set; } = [];

    /// <summary>The question waiting for an answer, if any.</summary>
    public string? Asking { get; set; }

    /// <summary>Showing the summary and waiting for send / change / cancel.</summary>
    public bool Confirming { get; set; }

    /// <summary>Choosing which answer to change.</summary>
    public bool ChoosingChange { get; set; }

    public string? LastReference { get; set; }

    public void ClearFlow()
    {
        Kind = null;
        Answers.Clear();
        Asking = null;
        Confirming = false;
        ChoosingChange = false;
    }

    public string? AnswerOf(string id) => Answers.TryGetValue(id, out var v) && v.Count > 0 ? v[0] : null;
}
