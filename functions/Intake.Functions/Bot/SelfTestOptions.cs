using Intake.Bot.Audit;
using Intake.Bot.Dudit;
using Intake.Bot.Pgsi;
using Intake.Bot.SelfTests;

namespace Intake.Functions.Bot;

/// <summary>
/// Configuration section <c>Bot:SelfTest</c>: the limits the self-tests' results are read against, in the chat and
/// on the pages. AUDIT: the profiles the person may compare with; none configured → the municipality's page
/// (7–15 / 16–20 / over 20) and Swedish clinical practice for women (risk from 6) and men (from 8); the first is used
/// when the person does not choose, and with one the person is not asked. DUDIT: the manual's limits (problems from 2
/// for women and 6 for men, probable dependence from 25). PGSI: its categories (1–2 low, 3–7 moderate, 8+ problem).
/// </summary>
internal sealed class SelfTestOptions
{
    public const string SectionName = "Bot:SelfTest";

    public List<SelfTestProfileOptions> Profiles { get; set; } = [];

    public DuditOptions Dudit { get; set; } = new();

    public PgsiOptions Pgsi { get; set; } = new();

    public IReadOnlyList<AuditProfile> ToProfiles() => Profiles.Count == 0
        ? AuditProfile.Defaults
        : [.. Profiles.Select(p => new AuditProfile(p.Name, new(p.LabelSv, p.LabelEn), p.RiskFrom, p.HarmfulFrom, p.DependenceFrom))];

    /// <summary>Every limit, checked (<see cref="ArgumentException"/> naming what is wrong).</summary>
    public SelfTestLimits ToLimits() => new(
        ToProfiles(),
        new DuditLimits(Dudit.ProblemsFromWomen, Dudit.ProblemsFromMen, Dudit.DependenceFrom),
        new PgsiLimits(Pgsi.LowRiskFrom, Pgsi.ModerateRiskFrom, Pgsi.ProblemFrom));
}

internal sealed class SelfTestProfileOptions
{
    public string Name { get; set; } = string.Empty;

    /// <summary>What the person picks, in Swedish.</summary>
    public string LabelSv { get; set; } = string.Empty;

    public string LabelEn { get; set; } = string.Empty;

    public int RiskFrom { get; set; }

    public int HarmfulFrom { get; set; }

    public int DependenceFrom { get; set; }
}

/// <summary><c>Bot:SelfTest:Dudit</c>: where drug-related problems start for women and for men, and probable dependence.</summary>
internal sealed class DuditOptions
{
    public int ProblemsFromWomen { get; set; } = DuditLimits.Default.ProblemsFromWomen;

    public int ProblemsFromMen { get; set; } = DuditLimits.Default.ProblemsFromMen;

    public int DependenceFrom { get; set; } = DuditLimits.Default.DependenceFrom;
}

/// <summary><c>Bot:SelfTest:Pgsi</c>: where low risk, moderate risk and problem gambling start.</summary>
internal sealed class PgsiOptions
{
    public int LowRiskFrom { get; set; } = PgsiLimits.Default.LowRiskFrom;

    public int ModerateRiskFrom { get; set; } = PgsiLimits.Default.ModerateRiskFrom;

    public int ProblemFrom { get; set; } = PgsiLimits.Default.ProblemFrom;
}
