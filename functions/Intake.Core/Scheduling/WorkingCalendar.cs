using System.Diagnostics.CodeAnalysis;

namespace Intake.Core.Scheduling;

/// <summary>A team's working days and office hours in its time zone: tells a person honestly when the team will
/// contact them.</summary>
public sealed class WorkingCalendar
{
    private readonly OfficeHours hours;
    private readonly TimeZoneInfo zone;

    public WorkingCalendar(OfficeHours hours, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        if (hours.Opens >= hours.Closes)
        {
            throw new ArgumentException("Office hours must open before they close on the same day.", nameof(hours));
        }

        this.hours = hours;
        this.zone = zone;
    }

    /// <summary>Europe/Stockholm from the operating system's time-zone database.</summary>
    public static TimeZoneInfo Stockholm => TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>A weekday that is not a <see cref="SwedishHolidays">holiday</see>.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A calendar's own question, as the other members; a team's extra closed days would belong here.")]
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !SwedishHolidays.IsHoliday(date);

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayAfter(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>Whether the office is open at <paramref name="instant"/>: a working day, Opens ≤ local time &lt; Closes.</summary>
    public bool IsOpen(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && time >= hours.Opens && time < hours.Closes;
    }

    /// <summary><paramref name="after"/> itself if the office is open then, else the next time it opens; always with
    /// the zone's offset at that instant.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset after)
    {
        if (IsOpen(after))
        {
            return TimeZoneInfo.ConvertTime(after, zone);
        }

        var local = ToLocal(after);
        var today = DateOnly.FromDateTime(local);
        var day = IsWorkingDay(today) && TimeOnly.FromDateTime(local) < hours.Opens ? today : NextWorkingDayAfter(today);
        return WallClock.ToInstant(day.ToDateTime(hours.Opens), zone, after);
    }

    /// <summary>The working day by which the team contacts a person whose submission arrived at
    /// <paramref name="receivedAt"/>: the working day after the one on which the team has it, which is today if the
    /// office is open, else the day of the next opening.</summary>
    public DateOnly ContactDayFor(DateTimeOffset receivedAt) =>
        NextWorkingDayAfter(DateOnly.FromDateTime(NextOpening(receivedAt).DateTime));

    private DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;
}
