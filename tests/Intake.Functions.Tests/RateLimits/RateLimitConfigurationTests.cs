using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.RateLimits;

/// <summary>The limits are configuration, checked at start: a limit that cannot work stops the app, naming the setting.</summary>
public sealed class RateLimitConfigurationTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("RateLimits:Submissions:PermitLimit", "-1", "RateLimits:Submissions:PermitLimit is -1")]
    [InlineData("RateLimits:ChatToken:Window", "00:00:00", "RateLimits:ChatToken:Window is 00:00:00")]
    [InlineData("RateLimits:ClientAddressHeader", "X Forwarded For", "RateLimits:ClientAddressHeader 'X Forwarded For' is not a header name")]
    public async Task Start_WithALimitThatCannotWork_RefusesNamingTheSetting(string setting, string value, string message)
    {
        var settings = new TestStorage(azurite).Settings();
        settings[setting] = value;

        var refused = await Assert.ThrowsAsync<AppProcessExitedException>(() => AppProcess.StartAsync(settings));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(message, refused.Output, StringComparison.Ordinal);
    }
}
