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

        // Written under a temporary name in the same folder, then renamed: a reader of *.eml never sees half a file.
        var key = email.IdempotencyKey.ToString("N");
        var temporary = Path.Combine(directory, $".{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var message = MailMessages.Create(email, options))
            {
                await using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
                await message.WriteToAsync(MailMessages.FileFormat, file, cancellationToken);
            }

            File.Move(temporary, Path.Combine(directory, $"{key}.eml"), overwrite: true);
            return new SendOutcome.Sent(key);
        }
        finally
        {
            File.Delete(temporary);  // Gone already after the move; left over only when writing failed.
        }
    }
}
