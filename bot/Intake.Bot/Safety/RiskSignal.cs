namespace Intake.Bot.Safety;

/// <summary>Something in a message that needs a crisis reply before anything else.</summary>
internal enum RiskSignal
{
    None,
    Suicide,
    Overdose,
    Violence,
    ChildInDanger,
}
