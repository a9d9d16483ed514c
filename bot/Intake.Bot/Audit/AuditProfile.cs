using Intake.Core.Localization;

namespace Intake.Bot.Audit;

/// <summary>
/// Where the levels start, in points (a score at or above a threshold reaches that level). Data, so that it can
/// later be bound from configuration; the defaults below are the municipality's page and Swedish clinical practice.
/// </summary>
internal sealed record AuditProfile(string Name, LocalizedText Description, int RiskFrom, int HarmfulFrom, int DependenceFrom)
{
    /// <summary>The municipality's page: 7–15 risk use, 16–20 harmful use, over 20 dependence, the same for everyone.</summary>
    public static AuditProfile Municipality { get; } = new(
        "municipality",
        new(
            "Kommunens gränser, samma för alla: 7–15 poäng riskbruk, 16–20 skadligt bruk, över 20 beroende.",
            "The municipality's limits, the same for everyone: 7–15 points risk use, 16–20 harmful use, over 20 dependence."),
        RiskFrom: 7, HarmfulFrom: 16, DependenceFrom: 21);

    /// <summary>Swedish clinical practice for women: risk use from 6 points.</summary>
    public static AuditProfile Women { get; } = Clinical("women", "kvinnor", riskFrom: 6);

    /// <summary>Swedish clinical practice for men: risk use from 8 points.</summary>
    public static AuditProfile Men { get; } = Clinical("men", "män", riskFrom: 8);

    private static AuditProfile Clinical(string name, string swedishName, int riskFrom) => new(
        name,
        new(
            $"Svensk klinisk praxis för {swedishName}: riskbruk från {riskFrom} poäng, skadligt bruk från 16, beroende över 20.",
            $"Swedish clinical practice for {name}: risk use from {riskFrom} points, harmful use from 16, dependence over 20."),
        riskFrom, HarmfulFrom: 16, DependenceFrom: 21);

    /// <summary>Thresholds must rise within the 0–40 scale: 1 ≤ risk ≤ harmful ≤ dependence ≤ 40.</summary>
    public void EnsureValid()
    {
        if (RiskFrom < 1 || RiskFrom > HarmfulFrom || HarmfulFrom > DependenceFrom || DependenceFrom > AuditScoring.MaxScore)
        {
            throw new ArgumentException(
                $"AUDIT profile '{Name}' needs 1 ≤ risk ({RiskFrom}) ≤ harmful ({HarmfulFrom}) ≤ dependence ({DependenceFrom}) ≤ {AuditScoring.MaxScore}.");
        }
    }
}
