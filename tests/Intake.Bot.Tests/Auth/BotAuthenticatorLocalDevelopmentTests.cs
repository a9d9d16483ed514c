using Intake.Bot.Auth;

namespace Intake.Bot.Tests.Auth;

/// <summary>offline-directline sends no token: let in only when allowed, only without a header, only for loopback.</summary>
public sealed class BotAuthenticatorLocalDevelopmentTests(AuthFixture fixture) : IClassFixture<AuthFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("http://127.0.0.1:3000")]
    [InlineData("http://localhost:3000/")]
    public async Task Authenticate_NoHeaderWhenAllowed_SucceedsAsUnauthenticatedLocalDevelopment(string serviceUrl)
    {
        BotAuthenticator authenticator = fixture.Authenticator(o => o.AllowUnauthenticatedLocalDevelopment = true);

        BotAuthResult result = await authenticator.AuthenticateAsync(null, AuthFixture.Message("emulator", serviceUrl), Cancel);

        var success = Assert.IsType<BotAuthResult.Success>(result);
        Assert.True(success.IsUnauthenticatedLocalDevelopment);
        Assert.Null(success.Identity);
        Assert.Equal(new Uri(serviceUrl), success.ServiceUrl.Uri);
    }

    [Fact]
    public async Task Authenticate_NoHeaderWhenAllowedButRemoteServiceUrl_Fails403()
    {
        BotAuthenticator authenticator = fixture.Authenticator(o => o.AllowUnauthenticatedLocalDevelopment = true);

        BotAuthResult result = await authenticator.AuthenticateAsync(null, AuthFixture.Message(), Cancel);

        Assert.Equal(403, Assert.IsType<BotAuthResult.Failure>(result).Status);
    }

    [Fact]
    public void Create_NoAppIdOutsideLocalDevelopment_Throws()
    {
        Assert.Throws<ArgumentException>(() => fixture.Authenticator(o => o.AppId = ""));
    }
}
