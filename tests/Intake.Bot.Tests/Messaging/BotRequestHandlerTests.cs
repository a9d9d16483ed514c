using System.Text.Json;
using Intake.Bot.Auth;
using Intake.Bot.Connector;
using Intake.Bot.Messaging;
using Intake.Bot.Protocol;
using Intake.Bot.Tests.Auth;
using Intake.Bot.Tests.Connector;
using Intake.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Bot.Tests.Messaging;

/// <summary>
/// End to end over real sockets: the OpenID stub signs off the token, Kestrel listeners stand in for the Connector at
/// the vouched serviceUrl and at a forged one. A forged serviceUrl gets nothing: no turn runs, no request is made.
/// </summary>
public sealed class BotRequestHandlerTests(AuthFixture fixture) : IClassFixture<AuthFixture>
{
    private const string OutboundToken = "outbound-token";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Handle_ServiceUrlOtherThanTheTokenVouchesFor_Returns403AndSendsNothing()
    {
        await using StubServer vouched = await StubServer.StartAsync(_ => new StubReply(200));
        await using StubServer forged = await StubServer.StartAsync(_ => new StubReply(200));
        var turns = new CountingTurn();
        string header = TestTokens.Bearer(fixture.Key, TestTokens.VouchingFor(vouched.BaseUri));

        int status = await HandleAsync(Handler(), header, Message(forged.BaseUri), turns.Run);

        Assert.Equal(403, status);
        Assert.Equal(0, turns.Count);
        Assert.Empty(forged.Requests);
        Assert.Empty(vouched.Requests);
    }

    [Fact]
    public async Task Handle_ValidToken_RepliesOnceToTheVouchedServiceUrlWithTheBotToken()
    {
        await using StubServer connector = await StubServer.StartAsync(_ => StubReply.Json("""{"id":"conv-1|0000002"}"""));
        string header = TestTokens.Bearer(fixture.Key, TestTokens.VouchingFor(connector.BaseUri));

        int status = await HandleAsync(Handler(), header, Message(connector.BaseUri), new CountingTurn().Run);

        Assert.Equal(200, status);
        StubRequest reply = Assert.Single(connector.Requests);
        Assert.Equal("/v3/conversations/conv-1/activities/conv-1%7C0000001", reply.PathAndQuery);
        Assert.Equal("Bearer " + OutboundToken, reply.Header("Authorization"));
        Assert.Equal("Hej! Vad gäller ditt ärende?", JsonDocument.Parse(reply.Body).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Handle_NoHeaderInLocalDevelopment_RepliesWithoutAuthorization()
    {
        await using StubServer offlineDirectLine = await StubServer.StartAsync(_ => new StubReply(200));
        BotRequestHandler handler = Handler(localDevelopment: true);

        int status = await HandleAsync(handler, null, Message(offlineDirectLine.BaseUri), new CountingTurn().Run);

        Assert.Equal(200, status);
        Assert.Null(Assert.Single(offlineDirectLine.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Handle_NoHeaderOutsideLocalDevelopment_Returns401AndSendsNothing()
    {
        await using StubServer listener = await StubServer.StartAsync(_ => new StubReply(200));
        var turns = new CountingTurn();

        int status = await HandleAsync(Handler(), null, Message(listener.BaseUri), turns.Run);

        Assert.Equal((401, 0), (status, turns.Count));
        Assert.Empty(listener.Requests);
    }

    /// <summary>As the endpoint does: the token from the header first, then the activity.</summary>
    private static async Task<int> HandleAsync(BotRequestHandler handler, string? header, Activity activity, BotTurn turn)
    {
        BotTokenCheck token = await handler.CheckTokenAsync(header, Cancel);
        return token is BotTokenCheck.Refused refused ? refused.Failure.Status : await handler.HandleAsync(token, activity, turn, Cancel);
    }

    private BotRequestHandler Handler(bool localDevelopment = false)
    {
        var options = new ConnectorClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        return new BotRequestHandler(
            AuthFixture.Create(fixture.Stub, o => o.AllowUnauthenticatedLocalDevelopment = localDevelopment),
            new ConnectorClient(new FixedTokenProvider(OutboundToken), options),
            NullLogger<BotRequestHandler>.Instance);
    }

    private static Activity Message(Uri serviceUrl) => AuthFixture.Message(serviceUrl: serviceUrl.AbsoluteUri);

    private sealed class CountingTurn
    {
        public int Count { get; private set; }

        public ValueTask<IReadOnlyList<Activity>> Run(Activity activity, CancellationToken cancellationToken)
        {
            Count++;
            return ValueTask.FromResult<IReadOnlyList<Activity>>([activity.CreateReply("Hej! Vad gäller ditt ärende?")]);
        }
    }
}
