using Intake.Bot.Audit;
using Intake.Bot.SelfTests;
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

    /// <summary>The person asked for a language: it is no longer guessed from what they write.</summary>
    public bool LanguageChosen { get; set; }

    public bool Greeted { get; set; }

    public SubmissionKind? Kind { get; set; }

    public Dictionary<string, List<string>> Answers { get; set; } = [];

    /// <summary>The question waiting for an answer, if any.</summary>
    public string? Asking { get; set; }

    /// <summary>Showing the summary and waiting for send / change / cancel.</summary>
    public bool Confirming { get; set; }

    /// <summary>Choosing which answer to change.</summary>
    public bool ChoosingChange { get; set; }

    /// <summary>A yes/no offer waiting for its answer.</summary>
    public Offer Offer { get; set; }

    /// <summary>With <see cref="Offer.Switch"/>: the kind of submission, or the self-test, to switch to.</summary>
    public string? SwitchTo { get; set; }

    /// <summary>The support request is a call-back request: the phone number is needed.</summary>
    public bool CallBack { get; set; }

    /// <summary>The self-test in progress (its answers exist only while it runs).</summary>
    public SelfTestProgress? SelfTest { get; set; }

    /// <summary>
    /// A finished self-test's result, kept only while the person decides whether to attach it, and then only if
    /// they did, until the support request is sent or abandoned.
    /// </summary>
    public SelfTestResult? SelfTestResult { get; set; }

    public string? LastReference { get; set; }

    /// <summary>
    /// The buttons the bot showed last (its own labels, never what the person wrote): pressed, or typed as they
    /// stand, they are an answer, and the safety gate does not read them as a cry for help.
    /// </summary>
    public List<string> Offered { get; set; } = [];

    /// <summary>Forgets the flow in progress, including anything of a self-test.</summary>
    public void ClearFlow()
    {
        Kind = null;
        Answers.Clear();
        Asking = null;
        Confirming = false;
        ChoosingChange = false;
        Offer = Offer.None;
        SwitchTo = null;
        CallBack = false;
        SelfTest = null;
        SelfTestResult = null;
    }

    public string? AnswerOf(string id) => Answers.TryGetValue(id, out var v) && v.Count > 0 ? v[0] : null;
}

/// <summary>A question put to the person that is not part of the question model.</summary>
internal enum Offer
{
    None,

    /// <summary>Outside Kundcenter's hours: "shall a social worker call you back?"</summary>
    CallBack,

    /// <summary>After the self-test: apply for support, with or without the result?</summary>
    AfterSelfTest,

    /// <summary>Leave the current flow for another one?</summary>
    Switch,

    /// <summary>Which self-test: alcohol, drugs or gambling?</summary>
    ChooseSelfTest,
}

/// <summary>A self-test's answers so far (answer index per question; skipped questions count 0 points).</summary>
internal sealed class SelfTestProgress
{
    public SelfTestKind Kind { get; set; }

    public List<int> Answers { get; set; } = [];

    /// <summary>All answered: choosing the limits to compare with (AUDIT's profiles, DUDIT's by sex).</summary>
    public bool ChoosingProfile { get; set; }
}

internal sealed class SelfTestResult
{
    public SelfTestKind Kind { get; set; }

    public int Score { get; set; }

    /// <summary>The limits compared with: an AUDIT profile's name, DUDIT's "women", "men" or "not-given"; empty for PGSI.</summary>
    public string Profile { get; set; } = string.Empty;

    /// <summary>AUDIT's level (alcohol only); the others are read again from the score and the limits.</summary>
    public AuditLevel Level { get; set; }

    /// <summary>The person chose to send it with their support request.</summary>
    public bool Attached { get; set; }
}
