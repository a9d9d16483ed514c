using Intake.Functions.Email;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Email;

public sealed class SmtpSenderTests
{
    [Fact]
    public async Task Send_ToARealSmtpServer_DeliversOneMessageWithTheExpectedHeaders()
    {
        await using var server = await SmtpServer.StartAsync();
        var sender = new SmtpEmailSender(new EmailOptions
        {
            Sender = EmailSenderKind.Smtp,
            SmtpHost = "127.0.0.1",
            SmtpPort = server.Port,
            SmtpEnableSsl = false,
            FromAddress = "noreply@kommun.example",
            FromDisplayName = "Östersunds kommun",
        });
        var key = OutgoingEmail.KeyFor("acknowledgement", "7KQMX4RTPW9A");
        var email = new OutgoingEmail("bo.berg@example.se", "Vi har tagit emot ditt ärende 7KQM-X4RT-PW9A", "Hej!\r\nText.", "<p>Hej!</p>", key, DateTimeOffset.UtcNow);

        var outcome = await sender.SendAsync(email, TestContext.Current.CancellationToken);

        Assert.IsType<SendOutcome.Sent>(outcome);
        var stored = Eml.Parse((await File.ReadAllTextAsync(Assert.Single(server.Messages), TestContext.Current.CancellationToken)).ReplaceLineEndings("\r\n"));
        Assert.Equal("Vi har tagit emot ditt ärende 7KQM-X4RT-PW9A", stored.Subject);
        Assert.Equal("bo.berg@example.se", stored.To);
        Assert.Contains("Östersunds kommun", stored.Headers["From"], StringComparison.Ordinal);
        Assert.Contains("<noreply@kommun.example>", stored.Headers["From"], StringComparison.Ordinal);
        Assert.Equal($"<{key:N}@kommun.example>", stored.Headers["Message-ID"]);
        Assert.Equal("auto-generated", stored.Headers["Auto-Submitted"]);
        Assert.StartsWith("multipart/alternative", stored.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("Hej!\r\nText.", stored.PlainText);
        Assert.Equal("<p>Hej!</p>", stored.Html);
    }

    [Fact]
    public async Task Send_RelayUnreachable_ThrowsSoTheQueueTriesAgain()
    {
        var sender = new SmtpEmailSender(new EmailOptions { Sender = EmailSenderKind.Smtp, SmtpHost = "127.0.0.1", SmtpPort = 9, SmtpEnableSsl = false, FromAddress = "noreply@kommun.example" });
        var email = new OutgoingEmail("bo.berg@example.se", "S", "T", "<p>T</p>", Guid.NewGuid(), DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<System.Net.Mail.SmtpException>(() => sender.SendAsync(email, TestContext.Current.CancellationToken));
    }
}
