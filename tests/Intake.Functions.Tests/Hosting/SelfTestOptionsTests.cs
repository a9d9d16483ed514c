using Intake.Bot.SelfTests;
using Intake.Functions.Bot;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Intake.Functions.Tests.Hosting;

/// <summary>The self-tests' limits are configuration (<c>Bot:SelfTest</c>), checked before the app takes a request.</summary>
public sealed class SelfTestOptionsTests
{
    private static SelfTestOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(SelfTestOptions.SectionName).Get<SelfTestOptions>() ?? new SelfTestOptions();

    [Fact]
    public void AppSettings_GiveTheManualsLimits()
    {
        var options = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions", "appsettings.json"))
            .Build().GetSection(SelfTestOptions.SectionName).Get<SelfTestOptions>()!;

        var limits = options.ToLimits();

        Assert.Equal((2, 6, 25), (limits.Dudit.ProblemsFromWomen, limits.Dudit.ProblemsFromMen, limits.Dudit.DependenceFrom));
        Assert.Equal((1, 3, 8), (limits.Pgsi.LowRiskFrom, limits.Pgsi.ModerateRiskFrom, limits.Pgsi.ProblemFrom));
        Assert.Equal(["municipality", "women", "men"], limits.AuditProfiles.Select(p => p.Name));
    }

    [Fact]
    public void Configured_DuditAndPgsiLimits_AreTheOnesResultsAreReadAgainst()
    {
        var limits = Bind(new()
        {
            ["Bot:SelfTest:Dudit:ProblemsFromWomen"] = "3",
            ["Bot:SelfTest:Dudit:ProblemsFromMen"] = "7",
            ["Bot:SelfTest:Dudit:DependenceFrom"] = "26",
            ["Bot:SelfTest:Pgsi:ModerateRiskFrom"] = "4",
        }).ToLimits();

        Assert.Equal("no-problems", limits.Read(SelfTestKind.Drugs, 2, "not-given").Level);
        Assert.Equal("problems", limits.Read(SelfTestKind.Drugs, 3, "not-given").Level);
        Assert.Equal("problems", limits.Read(SelfTestKind.Drugs, 25, "men").Level);
        Assert.Equal("low-risk", limits.Read(SelfTestKind.Gambling, 3, null).Level);
        Assert.Equal("moderate-risk", limits.Read(SelfTestKind.Gambling, 4, null).Level);
    }

    [Theory]
    [InlineData("Bot:SelfTest:Dudit:DependenceFrom", "45", "DUDIT")]
    [InlineData("Bot:SelfTest:Dudit:ProblemsFromMen", "30", "DUDIT")]
    [InlineData("Bot:SelfTest:Pgsi:ProblemFrom", "2", "PGSI")]
    [InlineData("Bot:SelfTest:Pgsi:LowRiskFrom", "0", "PGSI")]
    public void Validation_LimitsOutOfOrderOrScale_RefuseTheStartNamingTheSectionAndTheTest(string setting, string value, string test)
    {
        var result = new SelfTestOptionsValidation().Validate(null, Bind(new() { [setting] = value }));

        Assert.True(result.Failed);
        Assert.Contains(SelfTestOptions.SectionName, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(test, result.FailureMessage, StringComparison.Ordinal);
    }
}
