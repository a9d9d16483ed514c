using Intake.Core.Localization;

namespace Intake.Core.Tests.Localization;

public sealed class MunicipalFactsTests
{
    private static Dictionary<string, string?> Settings() => new()
    {
        ["Municipality:Sv"] = "Exempelby kommun",
        ["Municipality:En"] = "Exempelby municipality",
        ["Kundcenter:Sv"] = "Medborgarservice",
        ["Kundcenter:En"] = "Medborgarservice (citizen service)",
        ["KundcenterShort"] = "Medborgarservice",
        ["KundcenterPhone"] = "0999-12 34 56",
        ["KundcenterPhoneInternational"] = "+46 999 12 34 56",
        ["AdultTeam"] = "Vuxengruppen",
        ["Outpatient"] = "Ankaret",
        ["RelativesChildren"] = "Fyren",
        ["TreatmentHome"] = "Tallbacken",
        ["Hospital:Sv"] = "Beroendemottagningen på Exempelby lasarett",
        ["Hospital:En"] = "the addiction clinic at Exempelby Hospital",
    };

    private static MunicipalFacts Facts(Dictionary<string, string?>? settings = null) => new(MunicipalFacts.FromSettings(settings ?? Settings()));

    [Fact]
    public void Render_ReplacesEachNameByItsValueInTheLanguage()
    {
        var facts = Facts();
        var template = new LocalizedText("Ring {Kundcenter} på {KundcenterPhone}; {Hospital}.", "Call {Kundcenter} on {KundcenterPhoneInternational}; {Hospital}.");

        var rendered = facts.Render(template);

        Assert.Equal("Ring Medborgarservice på 0999-12 34 56; Beroendemottagningen på Exempelby lasarett.", rendered.Swedish);
        Assert.Equal("Call Medborgarservice (citizen service) on +46 999 12 34 56; the addiction clinic at Exempelby Hospital.", rendered.English);
    }

    [Fact]
    public void Render_LeavesFormatSlotsAndLowerCaseSlotsForTheirCode() =>
        Assert.Equal("Vänta {0}, {name}: Ankaret", Facts().Render("Vänta {0}, {name}: {Outpatient}", Language.Swedish));

    [Fact]
    public void Render_AnUnknownName_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => Facts().Render("Ring {Kundcentre}", Language.Swedish));

    [Theory]
    [InlineData("KundcenterPhone", "Municipality:KundcenterPhone is not set")]
    [InlineData("Hospital:En", "Municipality:Hospital:En (or Municipality:Hospital) is empty")]
    [InlineData("Outpatient", "Municipality:Outpatient is not set")]
    public void Problems_AMissingFact_NamesItsSetting(string setting, string problem)
    {
        var settings = Settings();
        settings.Remove(setting);

        var problems = MunicipalFacts.Problems(MunicipalFacts.FromSettings(settings));

        Assert.Contains(problems, p => p.StartsWith(problem, StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => Facts(settings));
    }

    [Fact]
    public void Problems_AnUnknownFactOrANumberThatDoesNotMatch_AreNamed()
    {
        var settings = Settings();
        settings["Kundcentre"] = "Medborgarservice";
        settings["KundcenterPhoneInternational"] = "+46 999 12 34 57";

        var problems = MunicipalFacts.Problems(MunicipalFacts.FromSettings(settings));

        Assert.Contains(problems, p => p.StartsWith("Municipality:Kundcentre is not a municipal fact", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Municipality:KundcenterPhoneInternational is not", StringComparison.Ordinal));
    }

    [Fact]
    public void FromSettings_AFactGivenBothWays_IsAProblem()
    {
        var settings = Settings();
        settings["Hospital"] = "Lasarettet";
        var problems = new List<string>();

        MunicipalFacts.FromSettings(settings, problems);

        Assert.Equal(["Municipality:Hospital is given both as one value and per language (Municipality:Hospital:Sv/En): give it one way."], problems);
    }
}
