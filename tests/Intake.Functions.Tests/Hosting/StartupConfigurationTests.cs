using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hosting;

/// <summary>A wrong or missing setting stops the app at start, saying which — not at the first citizen.</summary>
public sealed class StartupConfigurationTests(AzuriteFixture azurite)
{
    [Fact]
    public void Start_WithoutAnEmailSender_RefusesNamingTheSettings()
    {
        var error = Assert.ThrowsAny<Exception>(() => new IntakeApp(new TestStorage(azurite), extraSettings: new()
        {
            ["Email:Sender"] = string.Empty,
            ["Email:FromAddress"] = string.Empty,
        }));

        Assert.Contains("Email:Sender is not set", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Email:FromAddress", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithARoutingRuleForAnUnknownTeam_RefusesNamingTheRule()
    {
        var error = Assert.ThrowsAny<Exception>(() => new IntakeApp(new TestStorage(azurite), extraSettings: new()
        {
            ["Routing:Rules:0:Team"] = "team-vuxxen",
        }));

        Assert.Contains("names team 'team-vuxxen'", error.ToString(), StringComparison.Ordinal);
    }
}
