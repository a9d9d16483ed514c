namespace Intake.Functions.Email.Acs;

/// <summary>Status of a send operation (<c>EmailSendStatus</c>); the last three are terminal.</summary>
public enum AcsSendStatus
{
    NotStarted,
    Running,
    Succeeded,
    Failed,
    Canceled,
}
