using System.Security.Cryptography;
using Intake.Bot.Auth;
using Intake.Bot.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Intake.Bot.Tests.Auth;

/// <summary>A valid channel token passes; each broken check on its own is refused with 401 (§5.2).</summary>
public sealed class BotAuthenticatorTests(AuthFixture fixture) : IClassFixture<AuthFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Authenticate_ValidBotFrameworkToken_SucceedsWithClaimsAndVouchedServiceUrl()
    {
        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(
            TestTokens.Bearer(fixture.Key), AuthFixture.Message(), Cancel);

        var success = Assert.IsType<BotAuthResult.Success>(result);
        Assert.False(success.IsUnauthenticatedLocalDevelopment);
        Assert.Equal(new Uri(TestTokens.ServiceUrl), success.ServiceUrl.Uri);
        Assert.Equal(TestTokens.BotFrameworkIssuer, TestTokens.Claim(success.Identity, "iss"));
        Assert.Equal(TestTokens.AppId, TestTokens.Claim(success.Identity, "aud"));
    }

    [Fact]
    public async Task Authenticate_NoHeader_Fails401()
    {
        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(null, AuthFixture.Message(), Cancel);

        Assert.Equal(401, Assert.IsType<BotAuthResult.Failure>(result).Status);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer    ")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer aaaa.bbbb.cccc")]
    public async Task Authenticate_NotABearerJwt_Fails401(string header)
    {
        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(header, AuthFixture.Message(), Cancel);

        Assert.Equal(401, Assert.IsType<BotAuthResult.Failure>(result).Status);
    }

    [Fact]
    public async Task Authenticate_ValidTokenWithWrongScheme_Fails401()
    {
        string header = "Token " + TestTokens.Create(fixture.Key);

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(header, AuthFixture.Message(), Cancel);

        Assert.Equal(new BotAuthResult.Failure(401, "not a Bearer token"), result);
    }

    [Fact]
    public async Task Authenticate_WrongIssuer_Fails401()
    {
        string header = TestTokens.Bearer(fixture.Key, d => d.Issuer = "https://api.botframework.com.evil.example");

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(header, AuthFixture.Message(), Cancel);

        Assert.Equal(new BotAuthResult.Failure(401, "issuer not allowed"), result);
    }

    [Fact]
    public async Task Authenticate_WrongAudience_Fails401()
    {
        string header = TestTokens.Bearer(fixture.Key, d => d.Audience = "00000000-0000-0000-0000-000000000002");

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(header, AuthFixture.Message(), Cancel);

        Assert.Equal(new BotAuthResult.Failure(401, "audience is not this bot"), result);
    }

    [Fact]
    public async Task Authenticate_SignedByAnotherKeyWithThePublishedKid_Fails401()
    {
        using var impostor = new TestSigningKey(fixture.Key.KeyId, "webchat");

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(
            TestTokens.Bearer(impostor), AuthFixture.Message(), Cancel);

        Assert.Equal(new BotAuthResult.Failure(401, "signature invalid"), result);
    }

    [Fact]
    public async Task Authenticate_HmacSignedUnderThePublishedKid_Fails401()
    {
        var hmacKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = fixture.Key.KeyId };
        string header = TestTokens.Bearer(fixture.Key, d => d.SigningCredentials = new(hmacKey, SecurityAlgorithms.HmacSha256));

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(header, AuthFixture.Message(), Cancel);

        Assert.Equal(401, Assert.IsType<BotAuthResult.Failure>(result).Status);
    }

    [Fact]
    public async Task Authenticate_UnsignedToken_Fails401()
    {
        string unsigned = TestTokens.Create(fixture.Key, d => d.SigningCredentials = null);

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync("Bearer " + unsigned, AuthFixture.Message(), Cancel);

        Assert.Equal(401, Assert.IsType<BotAuthResult.Failure>(result).Status);
    }

    [Fact]
    public async Task Authenticate_HeaderWhileLocalDevelopmentAllowed_StillValidatesTheToken()
    {
        using var impostor = new TestSigningKey(fixture.Key.KeyId, "webchat");
        BotAuthenticator authenticator = fixture.Authenticator(o => o.AllowUnauthenticatedLocalDevelopment = true);

        BotAuthResult result = await authenticator.AuthenticateAsync(TestTokens.Bearer(impostor), AuthFixture.Message(), Cancel);

        Assert.Equal(401, Assert.IsType<BotAuthResult.Failure>(result).Status);
    }
}
