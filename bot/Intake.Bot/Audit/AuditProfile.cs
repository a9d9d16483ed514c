using System.Globalization;
using Intake.Core.Localization;

namespace Intake.Bot.Audit;

/// <summary>
/// Where the levels start, in points (a score at or above a threshold reaches that level). Bound from configuration
/// (<c>Bot:SelfTest:Profiles</c>); the defaults below are the municipality's page and Swedish clinical practice.
/// </summary>
/// <param name="Name">A stable id, for configuration and logs.</param>
/// <param name="Label">What the person picks when asked which limits to compare with.</param>
internal sealed record AuditProfile(string Name, LocalizedText Label, int RiskFrom, int HarmfulFrom, int DependenceFrom)
{
    /// <summary>The municipality's page: 7–15 risk use, 16–20 harmful use, over 20 dependence, the same for everyone.</summary>
    public static AuditProfile Municipality { get; } = new(
        "municipality", new("Kommunens gränser, samma för alla", "The municipality's limits, the same for everyone"),
        RiskFrom: 7, HarmfulFrom: 16, DependenceFrom: 21);

    /// <summary>Swedish clinical practice for women: risk use from 6 points.</summary>
    public static AuditProfile Women { get; } = new(
        "women", new("Gränserna för kvinnor i vården", "Health care's limits for women"), RiskFrom: 6, HarmfulFrom: 16, DependenceFrom: 21);

    /// <summary>Swedish clinical practice for men: risk use from 8 points.</summary>
    public static AuditProfile Men { get; } = new(
        "men", new("Gränserna för män i vården", "Health care's limits for men"), RiskFrom: 8, HarmfulFrom: 16, DependenceFrom: 21);

    public static IReadOnlyList<AuditProfile> Defaults { get; } = [Municipality, Women, Men];

    /// <summary>The limits in words, e.g. "riskbruk 7–15 poäng, skadligt bruk 16–20 poäng, beroende från 21 poäng".</summary>
    public LocalizedText Description => new(
        string.Create(CultureInfo.InvariantCulture, $"{Label.Swedish}: riskbruk {RiskFrom}–{HarmfulFrom - 1} poäng, skadligt bruk {HarmfulFrom}–{DependenceFrom - 1} poäng, beroende från {DependenceFrom} poäng."),
        string.Create(CultureInfo.InvariantCulture, $"{Label.English}: risky use {RiskFrom}–{HarmfulFrom - 1} points, harmful use {HarmfulFrom}–{DependenceFrom - 1} points, dependence from {DependenceFrom} points."));

    /// <summary>Thresholds must rise within the 0–40 scale: 1 ≤ risk &lt; harmful &lt; dependence ≤ 40.</summary>
    public void EnsureValid()
    {
        if (string.IsNullOrWhiteSpace(Name) || RiskFrom < 1 || RiskFrom >= HarmfulFrom || HarmfulFrom >= DependenceFrom || DependenceFrom > AuditScoring.MaxScore)
        {
            throw new ArgumentException(
                $"AUDIT profile '{Name}' needs a name and 1 ≤ risk ({RiskFrom}) < harmful ({HarmfulFrom}) < dependence ({DependenceFrom}) ≤ {AuditScoring.MaxScore}.");
        }
    }
}
