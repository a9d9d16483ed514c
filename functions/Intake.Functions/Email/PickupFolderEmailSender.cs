using System.Net.Mail;

namespace Intake.Functions.Email;

/// <summary>
/// Local mode: writes each e-mail as <c>{idempotency key}.eml</c> into a folder, exactly as it would be sent. The
/// same e-mail written twice is the same file, so a repeat is visible as nothing new.
/// </summary>
internal sealed class PickupFolderEmailSender(EmailOptions options) : IEmailSender
{
    private readonly string directory = Path.GetFullPath(options.PickupDirectory);

    public string Name => $"pickup folder {directory}";

    public async Task<SendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);

        // SmtpClient writes to a random file name; write into a private folder, then move into place under the key.
        var staging = Path.Combine(directory, ".staging", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = staging })
            using (var message = MailMessages.Create(email, options))
            {
                await client.SendMailAsync(message, cancellationToken);
            }

            var written = Directory.GetFiles(staging, "*.eml").Single();
            File.Move(written, Path.Combine(directory, $"{email.IdempotencyKey:N}.eml"), overwrite: true);
            return new SendOutcome.Sent(email.IdempotencyKey.ToString("N"));
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
