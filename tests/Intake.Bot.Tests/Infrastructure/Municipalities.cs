using System.Text.RegularExpressions;
using Intake.Core.Localization;
using Microsoft.Extensions.Configuration;

namespace Intake.Bot.Tests.Infrastructure;

/// <summary>
/// Two municipalities' facts: Östersund's as the app ships them (appsettings.json, section <c>Municipality</c>), and a
/// second one, Exempelby, that shares none of them — for checking that every text takes its facts from configuration.
/// </summary>
internal static partial class Municipalities
{
    /// <summary>Östersund, read from the app's appsettings.json: what a person really sees.</summary>
    public static MunicipalFacts Ostersund { get; } = new(MunicipalFacts.FromSettings(
        new ConfigurationBuilder().AddJsonFile(Path.Combine(RepoRoot, "functions", "Intake.Functions", "appsettings.json")).Build()
            .GetSection(MunicipalFacts.SectionName).AsEnumerable(makePathsRelative: true)));

    /// <summary>The second municipality's settings, as configuration keys (for an app started with them).</summary>
    public static Dictionary<string, string?> ExempelbySettings { get; } = new()
    {
        ["Municipality:Municipality:Sv"] = "Exempelby kommun",
        ["Municipality:Municipality:En"] = "Exempelby municipality",
        ["Municipality:Kundcenter:Sv"] = "Medborgarservice",
        ["Municipality:Kundcenter:En"] = "Medborgarservice (citizen service)",
        ["Municipality:KundcenterShort"] = "Medborgarservice",
        ["Municipality:KundcenterPhone"] = "0999-12 34 56",
        ["Municipality:KundcenterPhoneInternational"] = "+46 999 12 34 56",
        ["Municipality:AdultTeam:Sv"] = "Vuxengruppen",
        ["Municipality:AdultTeam:En"] = "Vuxengruppen (the adult group)",
        ["Municipality:Outpatient"] = "Ankaret",
        ["Municipality:RelativesChildren"] = "Fyren",
        ["Municipality:TreatmentHome"] = "Tallbacken",
        ["Municipality:Hospital:Sv"] = "Beroendemottagningen på Exempelby lasarett",
        ["Municipality:Hospital:En"] = "the addiction clinic at Exempelby Hospital",
    };

    public static MunicipalFacts Exempelby { get; } = new(MunicipalFacts.FromSettings(
        ExempelbySettings.Select(s => KeyValuePair.Create(s.Key[(MunicipalFacts.SectionName.Length + 1)..], s.Value))));

    /// <summary>Östersund's facts found in <paramref name="text"/>, and any placeholder left unrendered.</summary>
    public static IEnumerable<string> OstersundFactsIn(string text) =>
        OstersundFact().Matches(text).Select(m => m.Value).Concat(Placeholder().Matches(text).Select(m => "unrendered " + m.Value));

    /// <summary>The repository's root (where Intake.sln is).</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Intake.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Intake.sln not found above " + AppContext.BaseDirectory);
        }
    }

    // Kundcenter's number in any spacing or form (063-14 30 00, 0631430 00, +46 63 14 30 00, tel:+4663143000), the
    // municipality, its units, the hospital's clinic, the contact centre's and the adult team's names.
    [GeneratedRegex(@"63\D{0,3}14\D{0,3}30\D{0,3}00|[ÖO]stersund|Nexus|Fj[äa]rilen|Bj[öo]rkebo|Öppenvård beroende|outpatient addiction clinic|Kundcenter|Team Vuxen", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OstersundFact();

    [GeneratedRegex(@"\{[A-Z][A-Za-z0-9]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
