using Azure.Core;
using Intake.Bot.Connector;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Connector;

/// <summary>The outbound token comes from the credential for the Bot Framework scope and is reused until 5 min before expiry.</summary>
public sealed class CredentialBotTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetToken_Twice_AsksTheCredentialOnceForTheBotFrameworkScope()
    {
        var credential = new CountingCredential(Start.AddHours(1));
        var provider = new CredentialBotTokenProvider(credential, new TestClock(Start));

        Assert.Equal("token-1", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
        Assert.Equal("token-1", await provider.GetTokenAsync(TestContext.Current.CancellationToken));

        Assert.Equal(1, credential.Calls);
        Assert.Equal(["https://api.botframework.com/.default"], credential.LastScopes);
    }

    [Theory]
    [InlineData(54, "token-1")]
    [InlineData(55, "token-2")]
    public async Task GetToken_CloseToExpiry_RenewsFiveMinutesBefore(int minutesLater, string expected)
    {
        var credential = new CountingCredential(Start.AddHours(1));
        var clock = new TestClock(Start);
        var provider = new CredentialBotTokenProvider(credential, clock);
        await provider.GetTokenAsync(TestContext.Current.CancellationToken);

        clock.Now = Start.AddMinutes(minutesLater);

        Assert.Equal(expected, await provider.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    private sealed class CountingCredential(DateTimeOffset expiresOn) : TokenCredential
    {
        public int Calls { get; private set; }

        public string[] LastScopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The provider must ask asynchronously.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Calls++;
            LastScopes = requestContext.Scopes;
            return ValueTask.FromResult(new AccessToken($"token-{Calls}", expiresOn));
        }
    }
}
