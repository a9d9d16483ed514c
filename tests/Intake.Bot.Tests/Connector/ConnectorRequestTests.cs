using System.Text.Json;
using Intake.Bot.Connector;
using Intake.Bot.Protocol;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Connector;

/// <summary>The exact requests the Connector client makes (§4): URL, headers, body.</summary>
public sealed class ConnectorRequestTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReplyToActivity_TeamsLikeIds_EscapesEachIdInThePath()
    {
        var transport = new RecordingTransport();

        await ConnectorTestClients.Create(transport).ReplyToActivityAsync(
            ConnectorTestClients.Vouched("https://smba.trafficmanager.net/emea/"), "a:1;b@c|d", "1:f/x|0001",
            Inbound().CreateReply("Tack"), Cancel);

        StubRequest request = Assert.Single(transport.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/emea/v3/conversations/a%3A1%3Bb%40c%7Cd/activities/1%3Af%2Fx%7C0001", request.PathAndQuery);
    }

    [Theory]
    [InlineData("https://directline.botframework.com/", "https://directline.botframework.com/v3/conversations/c1/activities/a1")]
    [InlineData("https://directline.botframework.com", "https://directline.botframework.com/v3/conversations/c1/activities/a1")]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/v3/conversations/c1/activities/a1")]
    [InlineData("https://smba.trafficmanager.net/emea", "https://smba.trafficmanager.net/emea/v3/conversations/c1/activities/a1")]
    [InlineData("http://127.0.0.1:3000", "http://127.0.0.1:3000/v3/conversations/c1/activities/a1")]
    [InlineData("https://example.org/amer/bot//", "https://example.org/amer/bot/v3/conversations/c1/activities/a1")]
    public async Task ReplyToActivity_ServiceUrlWithOrWithoutSlashOrBasePath_KeepsBaseAndAddsV3Once(string serviceUrl, string expected)
    {
        var transport = new RecordingTransport();

        await ConnectorTestClients.Create(transport).ReplyToActivityAsync(
            ConnectorTestClients.Vouched(serviceUrl), "c1", "a1", Inbound().CreateReply("Tack"), Cancel);

        Assert.Equal(expected, Assert.Single(transport.Uris).AbsoluteUri);
    }

    [Fact]
    public async Task ReplyToActivity_Authenticated_SendsBearerTokenAndJson()
    {
        var transport = new RecordingTransport();

        await ConnectorTestClients.Create(transport).ReplyToActivityAsync(
            ConnectorTestClients.Vouched("https://directline.botframework.com/"), "c1", "a1", Inbound().CreateReply("Tack"), Cancel);

        StubRequest request = Assert.Single(transport.Requests);
        Assert.Equal("Bearer " + ConnectorTestClients.Token, request.Header("Authorization"));
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
    }

    [Fact]
    public async Task ReplyToActivity_ReplyToSpecMessage_SwapsFromAndRecipientAndThreadsUnderIt()
    {
        var transport = new RecordingTransport();
        Activity inbound = Inbound();

        await ConnectorTestClients.Create(transport).ReplyToActivityAsync(
            ConnectorTestClients.Vouched(inbound.ServiceUrl!), inbound.Conversation!.Id!, inbound.Id!, inbound.CreateReply("Tack, vi återkommer."), Cancel);

        JsonElement body = JsonDocument.Parse(Assert.Single(transport.Requests).Body).RootElement;
        Assert.Equal("message", body.GetProperty("type").GetString());
        Assert.Equal("mybot@abc123", body.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("dl_7c1d2e8f", body.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("Kx9aZ2v3fQe7Pm0-us", body.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("Kx9aZ2v3fQe7Pm0-us|0000001", body.GetProperty("replyToId").GetString());
        Assert.Equal("Tack, vi återkommer.", body.GetProperty("text").GetString());
        Assert.Equal("plain", body.GetProperty("textFormat").GetString());
        Assert.Equal("en-US", body.GetProperty("locale").GetString());
        Assert.False(body.TryGetProperty("serviceUrl", out _));
        Assert.False(body.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task SendToConversation_Typing_PostsToConversationActivities()
    {
        var transport = new RecordingTransport();
        Activity inbound = Inbound();

        await ConnectorTestClients.Create(transport).SendToConversationAsync(
            ConnectorTestClients.Vouched(inbound.ServiceUrl!), inbound.Conversation!.Id!, inbound.CreateTyping(), Cancel);

        StubRequest request = Assert.Single(transport.Requests);
        Assert.Equal("/v3/conversations/Kx9aZ2v3fQe7Pm0-us/activities", request.PathAndQuery);
        JsonElement body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("typing", body.GetProperty("type").GetString());
        Assert.Equal("mybot@abc123", body.GetProperty("from").GetProperty("id").GetString());
        Assert.False(body.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task ReplyToActivity_LocalDevelopmentServiceUrl_SendsNoAuthorizationAndAsksNoToken()
    {
        var transport = new RecordingTransport();
        var tokens = new FixedTokenProvider("must-not-be-sent");

        await ConnectorTestClients.Create(transport, tokens).ReplyToActivityAsync(
            ConnectorTestClients.LocalDevelopment("http://127.0.0.1:3000"), "c1", "a1", Inbound().CreateReply("Hej"), Cancel);

        Assert.Null(Assert.Single(transport.Requests).Header("Authorization"));
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public async Task SendToConversation_NullTokenProvider_SendsNoAuthorization()
    {
        var transport = new RecordingTransport();

        await ConnectorTestClients.Create(transport, NullBotTokenProvider.Instance).SendToConversationAsync(
            ConnectorTestClients.Vouched("https://directline.botframework.com/"), "c1", Inbound().CreateTyping(), Cancel);

        Assert.Null(Assert.Single(transport.Requests).Header("Authorization"));
    }

    internal static Activity Inbound() => JsonSerializer.Deserialize(SpecExamples.WebChatMessage, BotJsonContext.Default.Activity)!;
}
