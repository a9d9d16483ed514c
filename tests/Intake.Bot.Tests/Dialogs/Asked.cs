namespace Intake.Bot.Tests.Dialogs;

/// <summary>Where in a conversation a question is asked: at the start, or in the middle of a form or a self-test.</summary>
public enum Asked
{
    /// <summary>The first message.</summary>
    AtStart,

    /// <summary>"anmäla oro", then the question instead of "Vem gäller din oro?" (a choice).</summary>
    InConcernSv,

    /// <summary>"jag vill ansöka om stöd", then the question instead of "Ditt namn" (a text).</summary>
    InNameSv,

    /// <summary>"självtest om alkohol", then the question instead of AUDIT's first answer.</summary>
    InSelfTestSv,

    /// <summary>"I'm worried about my neighbour", then the question instead of "Who are you worried about?".</summary>
    InConcernEn,

    /// <summary>"I need some help", then the question instead of "Your name".</summary>
    InNameEn,
}
