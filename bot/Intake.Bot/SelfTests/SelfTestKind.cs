namespace Intake.Bot.SelfTests;

/// <summary>
/// The self-tests, by what they are about: AUDIT (alcohol), DUDIT (drugs), PGSI (gambling). Kept in a conversation's
/// state by number: a new one goes at the end.
/// </summary>
internal enum SelfTestKind
{
    Alcohol,
    Drugs,
    Gambling,
}
