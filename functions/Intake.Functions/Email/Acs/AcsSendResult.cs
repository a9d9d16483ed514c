namespace Intake.Functions.Email.Acs;

/// <summary>
/// Status of a send operation (<c>EmailSendResult</c>). <paramref name="ErrorMessage"/> is the service's text and
/// may name a recipient: do not log it.
/// </summary>
public sealed record AcsSendResult(string OperationId, AcsSendStatus Status, string? ErrorCode, string? ErrorMessage)
{
    public bool IsTerminal => Status is AcsSendStatus.Succeeded or AcsSendStatus.Failed or AcsSendStatus.Canceled;
}
