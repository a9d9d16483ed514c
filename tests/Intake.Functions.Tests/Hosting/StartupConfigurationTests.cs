using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hosting;

/// <summary>
/// A wrong or missing setting stops the app at start, saying which — not at the first citizen. The built app runs as
/// its own process, the way the Functions host starts it, so what is checked is what operations staff see: the process
/// ends and its output names the setting.
/// </summary>
public sealed class StartupConfigurationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Start_WithoutAnEmailSender_RefusesNamingTheSettings()
    {
        var settings = new TestStorage(azurite).Settings();
        settings["Email:Sender"] = string.Empty;
        settings["Email:FromAddress"] = string.Empty;

        var refused = await Assert.ThrowsAsync<AppProcessExitedException>(() => AppProcess.StartAsync(settings));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Email:Sender is not set", refused.Output, StringComparison.Ordinal);
        Assert.Contains("Email:FromAddress", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithARoutingRuleForAnUnknownTeam_RefusesNamingTheRule()
    {
        var settings = new TestStorage(azurite).Settings();
        settings["Routing:Rules:0:Team"] = "team-vuxxen";

        var refused = await Assert.ThrowsAsync<AppProcessExitedException>(() => AppProcess.StartAsync(settings));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("names team 'team-vuxxen'", refused.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Municipality:KundcenterPhone", "Municipality:KundcenterPhone is not set")]
    [InlineData("Municipality:Hospital:En", "Municipality:Hospital:En (or Municipality:Hospital) is empty")]
    public async Task Start_WithoutAMunicipalFact_RefusesNamingTheSetting(string setting, string message)
    {
        var settings = new TestStorage(azurite).Settings();
        settings[setting] = string.Empty;

        var refused = await Assert.ThrowsAsync<AppProcessExitedException>(() => AppProcess.StartAsync(settings));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(message, refused.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Redrive:Schedule")]
    [InlineData("PurgeConversations:Schedule")]
    [InlineData("PurgeStaffRecords:Schedule")]
    public async Task Start_WithAFiveFieldTimerSchedule_RefusesNamingTheSetting(string setting)
    {
        var settings = new TestStorage(azurite).Settings();
        settings[setting] = "*/5 * * * *";

        var refused = await Assert.ThrowsAsync<AppProcessExitedException>(() => AppProcess.StartAsync(settings));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains($"{setting} '*/5 * * * *' is not a timer schedule of six fields", refused.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Email:StaffInboxUrl", "http://127.0.0.1:7071/staff/", "points at this machine (127.0.0.1)")]
    [InlineData("Email:StaffInboxUrl", "https://localhost/staff/", "points at this machine (localhost)")]
    [InlineData("Email:StaffInboxUrl", "http://intake.kommun.example/staff/", "Email:StaffInboxUrl must be an https address")]
    [InlineData("Email:StaffInboxUrl", "", "Email:StaffInboxUrl must be set")]
    [InlineData("Chat:LocalDirectLineUrl", "http://127.0.0.1:3000/directline", "points at this machine")]
    [InlineData("Chat:LocalDirectLineUrl", "http://[::1]:3000/directline", "points at this machine")]
    public async Task Start_InProductionWithALinkToThisMachine_RefusesNamingTheSetting(string setting, string value, string message)
    {
        var settings = new TestStorage(azurite).Settings();
        settings[setting] = value;

        var refused = await Assert.ThrowsAsync<AppProcessExitedException>(() => AppProcess.StartAsync(settings));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(setting, refused.Output, StringComparison.Ordinal);
        Assert.Contains(message, refused.Output, StringComparison.Ordinal);
    }
}
