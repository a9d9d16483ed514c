using MailKit.Net.Smtp;
using MailKit.Security;

namespace Intake.Functions.Email;

/// <summary>
/// Sends through a municipality's own SMTP relay (MailKit). The relay's status code decides: a 5xx answer about the
/// recipient or the message is permanent and returned; everything else (4xx, a refused sender or login, connection
/// and protocol trouble) is thrown so the queue tries again, and after its last try the message is in poison.
/// </summary>
internal sealed class SmtpEmailSender(EmailOptions options) : IEmailSender
{
    private const int TimeoutMilliseconds = 30_000;

    private readonly string host = string.IsNullOrWhiteSpace(options.SmtpHost)
        ? throw new ArgumentException("Email:SmtpHost is not set.", nameof(options))
        : options.SmtpHost;

    public string Name => $"SMTP relay {host}:{options.SmtpPort} (TLS: {Security})";

    /// <summary><c>Email:SmtpEnableSsl</c>: TLS is required, never merely tried. Port 465 speaks TLS from the first byte
    /// (SslOnConnect); any other port must offer STARTTLS, or the send fails rather than go out unencrypted. Off: plain
    /// SMTP, for a relay on a trusted network or a local test server.</summary>
    private SecureSocketOptions Security => !options.SmtpEnableSsl ? SecureSocketOptions.None
        : options.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;

    public async Task<SendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        using var message = MailMessages.Create(email, options);
        using var client = new SmtpClient { Timeout = TimeoutMilliseconds };
        try
        {
            await client.ConnectAsync(host, options.SmtpPort, Security, cancellationToken);
            if (!string.IsNullOrEmpty(options.SmtpUserName))
            {
                await client.AuthenticateAsync(options.SmtpUserName, options.SmtpPassword ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException ex) when (IsPermanent(ex))
        {
            return new SendOutcome.Rejected($"smtp-{(int)ex.StatusCode}");
        }

        // The relay has taken the message: a failed QUIT must not make the queue send it a second time.
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or SmtpCommandException or OperationCanceledException)
        {
            // The connection is dropped with the client.
        }

        return new SendOutcome.Sent(null);
    }

    // RFC 5321 §4.2.1: 5yz is permanent. Refusals of the recipient (RCPT) or of the message (after DATA: mailbox
    // unavailable, not local, storage exceeded, name not allowed, transaction failed) are about this e-mail. The same
    // codes for the sender, the login or the greeting are about our relay or settings: every other e-mail meets them too.
    private static bool IsPermanent(SmtpCommandException ex) => ex.ErrorCode switch
    {
        SmtpErrorCode.RecipientNotAccepted => (int)ex.StatusCode is >= 500 and < 600,
        SmtpErrorCode.MessageNotAccepted => ex.StatusCode is >= SmtpStatusCode.MailboxUnavailable and <= SmtpStatusCode.TransactionFailed,
        _ => false,
    };
}
