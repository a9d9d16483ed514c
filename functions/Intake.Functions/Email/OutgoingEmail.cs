using System.Security.Cryptography;
using System.Text;

namespace Intake.Functions.Email;

/// <summary>
/// One e-mail to send. <see cref="IdempotencyKey"/> names this e-mail for ever (derived from the submission or
/// ticket), so every sender can recognise a repeat; <see cref="FirstAttemptAt"/> is when the first try began.
/// </summary>
internal sealed record OutgoingEmail(
    string To,
    string Subject,
    string PlainText,
    string Html,
    Guid IdempotencyKey,
    DateTimeOffset FirstAttemptAt)
{
    /// <summary>A stable UUID (version 8, name-based on SHA-256) for a purpose and an id, e.g. ("acknowledgement", id).</summary>
    public static Guid KeyFor(string purpose, string id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"intake:{purpose}:{id}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);  // version 8
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);  // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}

/// <summary>What a send came to, when it did not throw. Transient failures (throttling, 5xx, network) throw, so the
/// queue tries again; a permanent one (the address or the message is refused) is returned and never retried.</summary>
internal abstract record SendOutcome
{
    private SendOutcome()
    {
    }

    public sealed record Sent(string? ProviderId) : SendOutcome;

    public sealed record Rejected(string Code) : SendOutcome;
}

/// <summary>Sends e-mail: Azure Communication Services, an SMTP relay, or a pickup folder of .eml files.</summary>
internal interface IEmailSender
{
    string Name { get; }

    Task<SendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
