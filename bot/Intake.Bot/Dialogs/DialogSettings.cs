using Intake.Bot.Audit;
using Intake.Bot.Dudit;
using Intake.Bot.Pgsi;
using Intake.Bot.SelfTests;
using Intake.Core.Localization;
using Intake.Core.Scheduling;

namespace Intake.Bot.Dialogs;

/// <summary>
/// What the dialogs need from the world: the time, when Kundcenter answers the phone, the self-tests' limits, and the
/// municipality's facts that its texts name. The app builds this from configuration (<c>Contact</c>,
/// <c>Bot:SelfTest</c>, <c>Municipality</c>); tests pass their own clock and facts.
/// </summary>
internal sealed class DialogSettings
{
    public DialogSettings(TimeProvider clock, WorkingCalendar kundcenter, SelfTestLimits selfTests, MunicipalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(kundcenter);
        ArgumentNullException.ThrowIfNull(selfTests);
        ArgumentNullException.ThrowIfNull(facts);
        Clock = clock;
        Kundcenter = kundcenter;
        SelfTests = selfTests;
        Facts = facts;
    }

    /// <summary>AUDIT's profiles as given, DUDIT's and PGSI's limits as their manuals say.</summary>
    public DialogSettings(TimeProvider clock, WorkingCalendar kundcenter, IReadOnlyList<AuditProfile> auditProfiles, MunicipalFacts facts)
        : this(clock, kundcenter, new SelfTestLimits(auditProfiles, DuditLimits.Default, PgsiLimits.Default), facts)
    {
    }

    /// <summary>Kundcenter on weekdays 08–17 (Swedish holidays closed), the defaults of the municipality's page.</summary>
    public static WorkingCalendar DefaultKundcenter { get; } = new(new OfficeHours(new TimeOnly(8, 0), new TimeOnly(17, 0)), WorkingCalendar.Stockholm);

    public TimeProvider Clock { get; }

    /// <summary>What <c>{Name}</c> in a text becomes: every reply is rendered with these.</summary>
    public MunicipalFacts Facts { get; }

    public WorkingCalendar Kundcenter { get; }

    public SelfTestLimits SelfTests { get; }

    /// <summary>The first is used when the person does not choose; with one, the person is not asked.</summary>
    public IReadOnlyList<AuditProfile> AuditProfiles => SelfTests.AuditProfiles;
}
