using Intake.Bot.Audit;

namespace Intake.Functions.Bot;

/// <summary>
/// Configuration section <c>Bot:SelfTest</c>: the AUDIT limits the person may compare with. None configured → the
/// municipality's page (7–15 / 16–20 / over 20) and Swedish clinical practice for women (risk from 6) and men (from 8).
/// The first profile is used when the person does not choose; with one profile, they are not asked.
/// </summary>
internal sealed class SelfTestOptions
{
    public const string SectionName = "Bot:SelfTest";

    public List<SelfTestProfileOptions> Profiles { get; set; } = [];

    public IReadOnlyList<AuditProfile> ToProfiles() => Profiles.Count == 0
        ? AuditProfile.Defaults
        : [.. Profiles.Select(p => new AuditProfile(p.Name, new(p.LabelSv, p.LabelEn), p.RiskFrom, p.HarmfulFrom, p.DependenceFrom))];
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
