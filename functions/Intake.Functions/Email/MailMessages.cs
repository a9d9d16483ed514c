using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Intake.Functions.Email;

/// <summary>Builds the MIME message for the SMTP and pickup-folder senders: plain text and HTML alternatives, UTF-8.</summary>
internal static class MailMessages
{
    public static MailMessage Create(OutgoingEmail email, EmailOptions options)
    {
        var message = new MailMessage
        {
            From = new MailAddress(options.FromAddress, options.FromDisplayName, Encoding.UTF8),
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            Body = email.PlainText,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(email.To));

        // A stable Message-ID: a receiving system can see that two copies are the same e-mail.
        message.Headers["Message-ID"] = $"<{email.IdempotencyKey:N}@{options.FromAddress.Split('@')[1]}>";
        message.Headers["Auto-Submitted"] = "auto-generated";
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(email.Html, Encoding.UTF8, MediaTypeNames.Text.Html));
        return message;
    }
}
