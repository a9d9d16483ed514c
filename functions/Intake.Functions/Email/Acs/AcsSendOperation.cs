namespace Intake.Functions.Email.Acs;

/// <summary>
/// The service's 202 answer to a send: the operation id, its status, where to poll (Operation-Location) and how long
/// to wait before the first poll (Retry-After).
/// </summary>
public sealed record AcsSendOperation(string OperationId, AcsSendStatus Status, Uri? OperationLocation, TimeSpan? RetryAfter);
