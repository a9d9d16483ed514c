namespace Intake.Functions.Email.Acs;

/// <summary>
/// The ids that make a send safe to repeat: Operation-Id header = <paramref name="OperationId"/>;
/// Repeatability-Request-ID = <paramref name="RepeatabilityRequestId"/>; Repeatability-First-Sent =
/// <paramref name="RepeatabilityFirstSent"/> (IMF-fixdate). Identical on every retry: the service remembers a
/// repeatability id for 5 minutes after the first attempt, so derive them once per logical e-mail and keep them.
/// </summary>
public sealed record AcsSendRequestIds(Guid OperationId, Guid RepeatabilityRequestId, DateTimeOffset RepeatabilityFirstSent);
