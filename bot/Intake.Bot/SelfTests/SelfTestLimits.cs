using Intake.Bot.Audit;
using Intake.Bot.Dudit;
using Intake.Bot.Pgsi;

namespace Intake.Bot.SelfTests;

/// <summary>
/// The limits every self-test's result is read against, from configuration (<c>Bot:SelfTest</c>), checked when made:
/// AUDIT's profiles (the person picks one when there are several), DUDIT's limits (the person picks women's, men's, or
/// gives no sex and gets the lower), and PGSI's categories (the same for everyone). The chat and the pages read
/// results through this one object.
/// </summary>
internal sealed class SelfTestLimits
{
    public SelfTestLimits(IReadOnlyList<AuditProfile> auditProfiles, DuditLimits dudit, PgsiLimits pgsi)
    {
        ArgumentNullException.ThrowIfNull(auditProfiles);
        ArgumentNullException.ThrowIfNull(dudit);
        ArgumentNullException.ThrowIfNull(pgsi);
        if (auditProfiles.Count == 0)
        {
            throw new ArgumentException("The self-test needs at least one AUDIT profile.", nameof(auditProfiles));
        }

        foreach (var profile in auditProfiles)
        {
            profile.EnsureValid();
        }

        if (auditProfiles.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != auditProfiles.Count)
        {
            throw new ArgumentException("AUDIT profile names must be unique.", nameof(auditProfiles));
        }

        dudit.EnsureValid();
        pgsi.EnsureValid();
        AuditProfiles = auditProfiles;
        Dudit = dudit;
        Pgsi = pgsi;
    }

    public static SelfTestLimits Default { get; } = new(AuditProfile.Defaults, DuditLimits.Default, PgsiLimits.Default);

    /// <summary>The first is used when the person does not choose; with one, the person is not asked.</summary>
    public IReadOnlyList<AuditProfile> AuditProfiles { get; }

    public DuditLimits Dudit { get; }

    public PgsiLimits Pgsi { get; }

    /// <summary>What the person may compare with; none or one: nothing to ask.</summary>
    public IReadOnlyList<SelfTestLimitChoice> Choices(SelfTestKind kind) => kind switch
    {
        SelfTestKind.Alcohol => [.. AuditProfiles.Select(p => new SelfTestLimitChoice(p.Name, p.Label))],
        SelfTestKind.Drugs => DuditLimits.Choices,
        _ => [],
    };

    /// <summary>What is used when the person made no choice: AUDIT's first profile, DUDIT without a sex given.</summary>
    public string DefaultChoice(SelfTestKind kind) => kind switch
    {
        SelfTestKind.Alcohol => AuditProfiles[0].Name,
        SelfTestKind.Drugs => DuditLimits.NotGiven,
        _ => string.Empty,
    };

    /// <summary>The AUDIT profile of that name, or the first.</summary>
    public AuditProfile ProfileNamed(string? name) => AuditProfiles.FirstOrDefault(p => p.Name == name) ?? AuditProfiles[0];

    /// <summary>A score read under the chosen limits (an unknown choice reads as the default).</summary>
    public SelfTestReading Read(SelfTestKind kind, int score, string? choice) => kind switch
    {
        SelfTestKind.Alcohol => AuditScoring.Read(score, ProfileNamed(choice)),
        SelfTestKind.Drugs => DuditScoring.Read(score, Dudit, choice),
        _ => PgsiScoring.Read(score, Pgsi),
    };
}
