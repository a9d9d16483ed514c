using Intake.Bot.Auth;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Auth;

/// <summary>nbf and exp hold with 5 minutes of clock skew and not a second more (§5.2 item 5).</summary>
public sealed class BotAuthenticatorLifetimeTests(AuthFixture fixture) : IClassFixture<AuthFixture>
{
    private static readonly DateTime Issued = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Token valid from <see cref="Issued"/> − 1 min to <see cref="Issued"/> + 1 h, checked at the given offset.</summary>
    [Theory]
    [InlineData(-6.1, 401, "token not yet valid")] // nbf (−1 min) is 5.1 min ahead of the clock
    [InlineData(-5.9, 0, null)] // nbf 4.9 min ahead: within the skew
    [InlineData(64.9, 0, null)] // exp (+60 min) passed 4.9 min ago: within the skew
    [InlineData(65.1, 401, "token expired")] // exp passed 5.1 min ago
    public async Task Authenticate_ClockRelativeToLifetime_PassesOnlyWithinSkew(double minutesAfterIssue, int status, string? reason)
    {
        var clock = new TestClock(new DateTimeOffset(Issued).AddMinutes(minutesAfterIssue));
        BotAuthenticator authenticator = fixture.Authenticator(o => o.TimeProvider = clock);
        string header = "Bearer " + TestTokens.Create(fixture.Key, now: Issued);

        BotAuthResult result = await authenticator.AuthenticateAsync(header, AuthFixture.Message(), TestContext.Current.CancellationToken);

        if (status == 0)
        {
            Assert.IsType<BotAuthResult.Success>(result);
        }
        else
        {
            Assert.Equal(new BotAuthResult.Failure(status, reason!), result);
        }
    }

    [Fact]
    public async Task Authenticate_TokenWithoutExpiry_Fails401()
    {
        string header = "Bearer " + TestTokens.Create(fixture.Key, d => d.Expires = null);

        BotAuthResult result = await fixture.Authenticator().AuthenticateAsync(
            header, AuthFixture.Message(), TestContext.Current.CancellationToken);

        Assert.Equal(401, Assert.IsType<BotAuthResult.Failure>(result).Status);
    }
}
