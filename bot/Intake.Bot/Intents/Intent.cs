namespace Intake.Bot.Intents;

/// <summary>What a person seems to want, from free text.</summary>
internal enum Intent
{
    None,
    Greeting,
    ReportConcern,
    SupportForSelf,
    SupportAsRelative,
    SelfTest,
    TalkToSomeone,
    Faq,
    Restart,
    Cancel,
    Help,
    ChangeLanguage,
    Yes,
    No,

    /// <summary>A question none of the FAQ topics answers: the honest "I do not know, ask Kundcenter".</summary>
    UnansweredQuestion,
}
