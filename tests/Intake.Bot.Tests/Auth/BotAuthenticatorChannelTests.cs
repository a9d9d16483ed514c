using Intake.Bot.Auth;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Auth;

/// <summary>A well-signed token must still fit the activity: endorsed channel, vouched serviceUrl, right tenant.</summary>
public sealed class BotAuthenticatorChannelTests(AuthFixture fixture) : IClassFixture<AuthFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Authenticate_ChannelNotEndorsedBySigningKey_Fails403()
    {
        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(
            TestTokens.Bearer(fixture.Key), AuthFixture.Message(channelId: "msteams"), Cancel);

        Assert.Equal(new BotAuthResult.Failure(403, "signing key not endorsed for the channel"), result);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlOtherThanTheClaim_Fails403()
    {
        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(
            TestTokens.Bearer(fixture.Key), AuthFixture.Message(serviceUrl: "https://attacker.example/"), Cancel);

        Assert.Equal(new BotAuthResult.Failure(403, "serviceUrl is not the one the token vouches for"), result);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(
            TestTokens.Bearer(fixture.Key), AuthFixture.Message(serviceUrl: TestTokens.ServiceUrl.ToUpperInvariant()), Cancel);

        Assert.IsType<BotAuthResult.Success>(result);
    }

    [Fact]
    public async Task Authenticate_TokenWithoutServiceUrlClaim_Fails401()
    {
        string header = TestTokens.Bearer(fixture.Key, d => d.Claims.Remove("serviceurl"));

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(header, AuthFixture.Message(), Cancel);

        Assert.Equal(new BotAuthResult.Failure(401, "token vouches for no serviceUrl"), result);
    }

    [Fact]
    public async Task Authenticate_EntraTokenOfTheTenant_SucceedsWithoutEndorsementCheck()
    {
        string header = TestTokens.Bearer(fixture.Key, TestTokens.Entra(TestTokens.TenantId));

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(header, AuthFixture.Message(channelId: "msteams"), Cancel);

        Assert.IsType<BotAuthResult.Success>(result);
    }

    [Fact]
    public async Task Authenticate_EntraTokenWithAnotherTenantId_Fails401()
    {
        string header = TestTokens.Bearer(fixture.Key, TestTokens.Entra("99999999-2222-3333-4444-555555555555"));

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(header, AuthFixture.Message(), Cancel);

        Assert.Equal(new BotAuthResult.Failure(401, "tenant does not match the issuer"), result);
    }

    [Fact]
    public async Task Authenticate_EntraTokenWithoutTenantConfigured_Fails401()
    {
        string header = TestTokens.Bearer(fixture.Key, TestTokens.Entra(TestTokens.TenantId));

        BotAuthResult result = await fixture.Authenticator(o => o.TenantId = null).AuthenticateAsync(header, AuthFixture.Message(), Cancel);

        Assert.Equal(new BotAuthResult.Failure(401, "issuer not allowed"), result);
    }
}
