using Intake.Bot.Auth;
using Intake.Bot.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Intake.Bot.Tests.Auth;

/// <summary>The worked example of specs/bot-framework-protocol.md §5.4, with our own key under its kid.</summary>
public sealed class WorkedExampleTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Theory]
    [InlineData("msteams", TestTokens.AppId, 0)]
    [InlineData("webchat", TestTokens.AppId, 403)]
    [InlineData("msteams", "00000000-0000-0000-0000-000000000009", 401)]
    public async Task Authenticate_WorkedExample_AcceptsOnlyTheEndorsedChannelAndOwnAudience(
        string channelId, string audience, int status)
    {
        using var key = new TestSigningKey("ExampleKid123", "msteams");
        await using OpenIdStub stub = await OpenIdStub.StartAsync(key);
        var clock = new TestClock(DateTimeOffset.FromUnixTimeSeconds(1717237000));
        BotAuthenticator authenticator = AuthFixture.Create(stub, o => o.TimeProvider = clock);
        string token = TestTokens.Create(key, d =>
        {
            d.Claims["serviceurl"] = ServiceUrl;
            d.NotBefore = DateTime.UnixEpoch.AddSeconds(1717236900);
            d.Expires = DateTime.UnixEpoch.AddSeconds(1717240500);
            d.IssuedAt = null;
            d.Audience = audience;
        });

        BotAuthResult result = await authenticator.AuthenticateAsync(
            "Bearer " + token, AuthFixture.Message(channelId, ServiceUrl), TestContext.Current.CancellationToken);

        Assert.Equal(status, result is BotAuthResult.Failure failure ? failure.Status : 0);
        Assert.Equal(SecurityAlgorithms.RsaSha256, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Alg);
    }
}
