using System.Net.Sockets;
using Intake.Functions.Email;
using Intake.Functions.Tests.Infrastructure;
using MailKit.Net.Smtp;

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

    [Theory]
    [InlineData("rcpt-550@status.test", "smtp-550")]
    [InlineData("rcpt-553@status.test", "smtp-553")]
    [InlineData("rcpt-501@status.test", "smtp-501")]
    [InlineData("data-552@status.test", "smtp-552")]
    [InlineData("data-554@status.test", "smtp-554")]
    public async Task Send_RelayRefusesTheRecipientOrTheMessageWith5xx_IsRejectedWithTheCode(string to, string code)
    {
        await using var server = await SmtpServer.StartAsync();

        var outcome = await Sender(server.Port).SendAsync(Email(to), TestContext.Current.CancellationToken);

        Assert.Equal(new SendOutcome.Rejected(code), outcome);
        Assert.Empty(server.Messages);
    }

    [Theory]
    [InlineData("rcpt-451@status.test", SmtpErrorCode.RecipientNotAccepted, 451)]
    [InlineData("data-451@status.test", SmtpErrorCode.MessageNotAccepted, 451)]
    public async Task Send_RelayAnswers4xx_ThrowsSoTheQueueTriesAgain(string to, SmtpErrorCode error, int status)
    {
        await using var server = await SmtpServer.StartAsync();

        var thrown = await Assert.ThrowsAsync<SmtpCommandException>(() => Sender(server.Port).SendAsync(Email(to), TestContext.Current.CancellationToken));

        Assert.Equal((error, status), (thrown.ErrorCode, (int)thrown.StatusCode));
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Send_RelayRefusesOurSenderWith5xx_ThrowsBecauseEveryEmailWouldMeetIt()
    {
        await using var server = await SmtpServer.StartAsync();
        var sender = Sender(server.Port, from: "mail-550@status.test");

        var thrown = await Assert.ThrowsAsync<SmtpCommandException>(() => sender.SendAsync(Email("bo.berg@example.se"), TestContext.Current.CancellationToken));

        Assert.Equal((SmtpErrorCode.SenderNotAccepted, 550), (thrown.ErrorCode, (int)thrown.StatusCode));
    }

    [Fact]
    public async Task Send_RelayUnreachable_ThrowsSoTheQueueTriesAgain()
    {
        var sender = Sender(port: 9);

        await Assert.ThrowsAsync<SocketException>(() => sender.SendAsync(Email("bo.berg@example.se"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Send_TlsRequiredButTheRelayOffersNoStartTls_ThrowsRatherThanSendInTheClear()
    {
        await using var server = await SmtpServer.StartAsync();
        var sender = Sender(server.Port, enableSsl: true);

        await Assert.ThrowsAsync<NotSupportedException>(() => sender.SendAsync(Email("bo.berg@example.se"), TestContext.Current.CancellationToken));
        Assert.Empty(server.Messages);
    }

    private static SmtpEmailSender Sender(int port, string from = "noreply@kommun.example", bool enableSsl = false) => new(new EmailOptions
    {
        Sender = EmailSenderKind.Smtp,
        SmtpHost = "127.0.0.1",
        SmtpPort = port,
        SmtpEnableSsl = enableSsl,
        FromAddress = from,
    });

    private static OutgoingEmail Email(string to) => new(to, "S", "T", "<p>T</p>", Guid.NewGuid(), DateTimeOffset.UtcNow);
}
