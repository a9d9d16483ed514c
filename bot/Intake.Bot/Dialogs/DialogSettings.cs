using Intake.Bot.Audit;
using Intake.Core.Scheduling;

namespace Intake.Bot.Dialogs;

/// <summary>
/// What the dialogs need from the world: the time, when Kundcenter answers the phone, and the self-test's limits.
/// The app builds this from configuration (<c>Contact</c>, <c>Bot:SelfTest</c>); tests pass their own clock.
/// </summary>
internal sealed class DialogSettings
{
    public DialogSettings(TimeProvider clock, WorkingCalendar kundcenter, IReadOnlyList<AuditProfile> auditProfiles)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(kundcenter);
        ArgumentNullException.ThrowIfNull(auditProfiles);
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

        Clock = clock;
        Kundcenter = kundcenter;
        AuditProfiles = auditProfiles;
    }

    /// <summary>Kundcenter on weekdays 08–17 (Swedish holidays closed), the defaults of the municipality's page.</summary>
    public static WorkingCalendar DefaultKundcenter { get; } = new(new OfficeHours(new TimeOnly(8, 0), new TimeOnly(17, 0)), WorkingCalendar.Stockholm);

    public static DialogSettings Default { get; } = new(TimeProvider.System, DefaultKundcenter, AuditProfile.Defaults);

    public TimeProvider Clock { get; }

    public WorkingCalendar Kundcenter { get; }

    /// <summary>The first is used when the person does not choose; with one, the person is not asked.</summary>
    public IReadOnlyList<AuditProfile> AuditProfiles { get; }
}
