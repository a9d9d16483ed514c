using Intake.Bot.Audit;
using Intake.Bot.Dudit;
using Intake.Bot.Pgsi;
using Intake.Bot.SelfTests;
using Intake.Core.Scheduling;

namespace Intake.Bot.Dialogs;

/// <summary>
/// What the dialogs need from the world: the time, when Kundcenter answers the phone, and the self-tests' limits.
/// The app builds this from configuration (<c>Contact</c>, <c>Bot:SelfTest</c>); tests pass their own clock.
/// </summary>
internal sealed class DialogSettings
{
    public DialogSettings(TimeProvider clock, WorkingCalendar kundcenter, SelfTestLimits selfTests)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(kundcenter);
        ArgumentNullException.ThrowIfNull(selfTests);
        Clock = clock;
        Kundcenter = kundcenter;
        SelfTests = selfTests;
    }

    /// <summary>AUDIT's profiles as given, DUDIT's and PGSI's limits as their manuals say.</summary>
    public DialogSettings(TimeProvider clock, WorkingCalendar kundcenter, IReadOnlyList<AuditProfile> auditProfiles)
        : this(clock, kundcenter, new SelfTestLimits(auditProfiles, DuditLimits.Default, PgsiLimits.Default))
    {
    }

    /// <summary>Kundcenter on weekdays 08–17 (Swedish holidays closed), the defaults of the municipality's page.</summary>
    public static WorkingCalendar DefaultKundcenter { get; } = new(new OfficeHours(new TimeOnly(8, 0), new TimeOnly(17, 0)), WorkingCalendar.Stockholm);

    public static DialogSettings Default { get; } = new(TimeProvider.System, DefaultKundcenter, SelfTestLimits.Default);

    public TimeProvider Clock { get; }

    public WorkingCalendar Kundcenter { get; }

    public SelfTestLimits SelfTests { get; }

    /// <summary>The first is used when the person does not choose; with one, the person is not asked.</summary>
    public IReadOnlyList<AuditProfile> AuditProfiles => SelfTests.AuditProfiles;
}
