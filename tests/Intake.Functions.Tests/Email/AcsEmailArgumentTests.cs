using System.Net;
using Azure;
using Intake.Functions.Email.Acs;
using Intake.Functions.Tests.Storage;

namespace Intake.Functions.Tests.Email;

/// <summary>What the client refuses before anything is sent, and connection strings.</summary>
public sealed class AcsEmailArgumentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("X-Note", "a\r\nBcc: someone@example.com")]
    [InlineData("X-Note", "a\nb")]
    [InlineData("X-Note\r\nBcc", "value")]
    [InlineData("", "value")]
    public async Task SendEmail_HeaderWithLineBreakOrNoName_ThrowsBeforeSending(string name, string value)
    {
        var handler = new RecordingHandler();
        AcsEmailMessage message = AcsTestClients.WorkedExample with { Headers = new Dictionary<string, string> { [name] = value } };

        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => AcsTestClients.Recording(handler).SendAsync(message, AcsTestClients.NewIds(), Ct));

        Assert.DoesNotContain("someone", ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task SendEmail_NoRecipientsOrNoBodyOrEmptyIds_ThrowsBeforeSending()
    {
        var handler = new RecordingHandler();
        AcsEmailClient client = AcsTestClients.Recording(handler);
        AcsEmailMessage valid = AcsTestClients.WorkedExample;

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync(valid with { To = [] }, AcsTestClients.NewIds(), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync(valid with { PlainText = null }, AcsTestClients.NewIds(), Ct));
        await Assert.ThrowsAsync<ArgumentException>(
            () => client.SendAsync(valid, AcsTestClients.NewIds() with { RepeatabilityRequestId = Guid.Empty }, Ct));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task FromConnectionString_Valid_SendsToThatEndpoint()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, """{"id":"op-1","status":"Running"}""");
        AcsEmailClient client = AcsEmailClient.FromConnectionString(
            $"endpoint=https://kommun.communication.azure.com/;accesskey={AcsTestClients.Key}", AcsTestClients.Options(handler));

        await client.GetSendResultAsync("op-1", Ct);

        Assert.Equal(
            "https://kommun.communication.azure.com/emails/operations/op-1?api-version=2023-03-31",
            Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("endpoint=https://kommun.communication.azure.com/;accesskey=secret!!key")]
    [InlineData("endpoint=https://kommun.communication.azure.com/")]
    [InlineData("accesskey=c2VjcmV0a2V5")]
    [InlineData("endpoint=kommun;accesskey=c2VjcmV0a2V5")]
    [InlineData("endpoint=https://kommun.communication.azure.com/;c2VjcmV0a2V5")]
    [InlineData("endpoint=https://kommun.communication.azure.com/;accesskey=c2VjcmV0a2V5;accesskey=c2VjcmV0a2V5")]
    public void FromConnectionString_Malformed_ThrowsFormatExceptionWithoutTheKey(string connectionString)
    {
        var ex = Assert.Throws<FormatException>(() => AcsEmailClient.FromConnectionString(connectionString));

        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0a2V5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KeyNotBase64_ThrowsWithoutTheKey()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => new AcsEmailClient(AcsTestClients.Contoso, new AzureKeyCredential("secret!!key")));

        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }
}
