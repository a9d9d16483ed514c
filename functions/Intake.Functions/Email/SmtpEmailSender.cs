using System.Net;
using System.Net.Mail;

namespace Intake.Functions.Email;

/// <summary>Sends through a municipality's own SMTP relay. A 5xx answer about the recipient or the message is
/// permanent; everything else (4xx, connection trouble) is thrown so the queue tries again.</summary>
internal sealed class SmtpEmailSender(EmailOptions options) : IEmailSender
{
    public string Name => $"SMTP relay {options.SmtpHost}:{options.SmtpPort} (TLS: {options.SmtpEnableSsl})";

    public async Task<SendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(options.SmtpHost, options.SmtpPort)
        {
            EnableSsl = options.SmtpEnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 30_000,
        };
        if (!string.IsNullOrEmpty(options.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(options.SmtpUserName, options.SmtpPassword);
        }

        using var message = MailMessages.Create(email, options);
        try
        {
            await client.SendMailAsync(message, cancellationToken);
            return new SendOutcome.Sent(null);
        }
        catch (SmtpException ex) when (IsPermanent(ex.StatusCode))
        {
            return new SendOutcome.Rejected($"smtp-{(int)ex.StatusCode}");
        }
    }

    private static bool IsPermanent(SmtpStatusCode code) => code is SmtpStatusCode.MailboxUnavailable
        or SmtpStatusCode.MailboxNameNotAllowed or SmtpStatusCode.UserNotLocalTryAlternatePath
        or SmtpStatusCode.ExceededStorageAllocation or SmtpStatusCode.TransactionFailed;
}
