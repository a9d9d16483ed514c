using System.Diagnostics;
using Azure;
using Intake.Bot.Protocol;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Connector;

/// <summary>What the Connector answers: an id, an empty body, throttling, errors.</summary>
public sealed class ConnectorResponseTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("""{"id":"Kx9aZ2v3fQe7Pm0-us|0000002"}""", "Kx9aZ2v3fQe7Pm0-us|0000002")]
    [InlineData("", null)] // offline-directline answers 200 with no body
    [InlineData("{}", null)]
    public async Task ReplyToActivity_SuccessBody_ReturnsTheIdIfAny(string body, string? id)
    {
        var transport = new RecordingTransport().Reply(new StubReply(200, body));

        ResourceId result = await Reply(transport);

        Assert.Equal(id, result.Id);
    }

    [Fact]
    public async Task ReplyToActivity_ThrottledThenAccepted_WaitsRetryAfterAndDeliversOnce()
    {
        var transport = new RecordingTransport()
            .Reply(new StubReply(429, """{"error":{"code":"Throttled","message":"slow down"}}""", ("Retry-After", "1")))
            .Reply(new StubReply(200, """{"id":"r2"}"""));
        var elapsed = Stopwatch.StartNew();

        ResourceId result = await Reply(transport);

        Assert.Equal("r2", result.Id);
        Assert.Equal(2, transport.Requests.Count);
        Assert.Equal(transport.Requests[0].Body, transport.Requests[1].Body);
        Assert.True(elapsed.Elapsed >= TimeSpan.FromSeconds(0.9), $"waited only {elapsed.Elapsed}");
    }

    [Fact]
    public async Task ReplyToActivity_Forbidden_ThrowsWithStatusAndCodeButNotTheBody()
    {
        var transport = new RecordingTransport().Reply(new StubReply(
            403, """{"error":{"code":"BotNotInConversationRoster","message":"The user said: mitt personnummer"}}"""));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => Reply(transport));

        Assert.Equal(403, ex.Status);
        Assert.Equal("BotNotInConversationRoster", ex.ErrorCode);
        Assert.DoesNotContain("personnummer", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ConnectorTestClients.Token, ex.ToString(), StringComparison.Ordinal);
        Assert.Single(transport.Requests);
    }

    private static Task<ResourceId> Reply(RecordingTransport transport) =>
        ConnectorTestClients.Create(transport).ReplyToActivityAsync(
            ConnectorTestClients.Vouched("https://directline.botframework.com/"), "c1", "a1",
            ConnectorRequestTests.Inbound().CreateReply("Tack"), Cancel);
}
