namespace Intake.Functions.Email.Acs;

/// <summary>
/// One e-mail to send (<c>EmailMessage</c> in the API description). At least one of <paramref name="PlainText"/> and
/// <paramref name="Html"/> is required.
/// </summary>
/// <param name="SenderAddress">The MailFrom address of a domain linked to the ACS resource, e.g. DoNotReply@…</param>
public sealed record AcsEmailMessage(
    string SenderAddress, IReadOnlyList<AcsEmailAddress> To, string Subject, string? PlainText, string? Html)
{
    /// <summary>Custom mail headers; names and values must not contain CR or LF.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>True (the default) turns open/click tracking off for this message; false leaves the resource setting.</summary>
    public bool UserEngagementTrackingDisabled { get; init; } = true;
}
