namespace Intake.Functions.Email.Acs;

/// <summary>Checks a message before it is sent: what the service would reject anyway, and header injection.</summary>
internal static class AcsEmailMessageRules
{
    /// <summary>The service's limit on recipients per e-mail (to + cc + bcc).</summary>
    public const int MaxRecipients = 50;

    public static void Validate(AcsEmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.SenderAddress, nameof(message));
        ArgumentNullException.ThrowIfNull(message.Subject, nameof(message));
        if (message.To is not { Count: > 0 and <= MaxRecipients } || message.To.Any(r => string.IsNullOrWhiteSpace(r?.Address)))
        {
            throw new ArgumentException($"An e-mail needs 1 to {MaxRecipients} recipients, each with an address.", nameof(message));
        }

        if (message.PlainText is null && message.Html is null)
        {
            throw new ArgumentException("An e-mail needs a plain-text or an HTML body.", nameof(message));
        }

        foreach ((string name, string value) in message.Headers ?? new Dictionary<string, string>())
        {
            // A CR or LF would let a value start a header (or the body) of its own. The message names nothing: values may be personal.
            if (string.IsNullOrWhiteSpace(name) || value is null || HasLineBreak(name) || HasLineBreak(value))
            {
                throw new ArgumentException(
                    "A custom mail header has an empty name, no value, or a CR or LF in its name or value.", nameof(message));
            }
        }
    }

    private static bool HasLineBreak(string text) => text.AsSpan().IndexOfAny('\r', '\n') >= 0;
}
