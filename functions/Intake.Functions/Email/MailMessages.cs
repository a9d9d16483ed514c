using System.Text;
using MimeKit;
using MimeKit.Text;

namespace Intake.Functions.Email;

/// <summary>Builds the MIME message for the SMTP and pickup-folder senders: plain text and HTML alternatives, UTF-8.</summary>
internal static class MailMessages
{
    /// <summary>How a message is written to a file: CRLF line ends, as on the wire, whatever the platform.</summary>
    public static FormatOptions FileFormat { get; } = CreateFileFormat();

    public static MimeMessage Create(OutgoingEmail email, EmailOptions options)
    {
        var message = new MimeMessage
        {
            // A stable Message-ID: a receiving system can see that two copies are the same e-mail.
            MessageId = $"{email.IdempotencyKey:N}@{options.FromAddress.Split('@')[1]}",
            Body = new MultipartAlternative { Text(TextFormat.Plain, email.PlainText), Text(TextFormat.Html, email.Html) },
        };
        message.From.Add(new MailboxAddress(Encoding.UTF8, options.FromDisplayName, options.FromAddress));
        message.To.Add(new MailboxAddress(Encoding.UTF8, string.Empty, email.To));
        message.Headers.Replace(HeaderId.Subject, Encoding.UTF8, email.Subject);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    // Base64 keeps every line short and 7-bit whatever the text holds, so no relay has to re-encode it.
    private static TextPart Text(TextFormat format, string text)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.Base64 };
        part.SetText(Encoding.UTF8, text);
        return part;
    }

    private static FormatOptions CreateFileFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
