using Intake.Core.Scheduling;
using static Intake.Core.Tests.Scheduling.Calendars;

namespace Intake.Core.Tests.Scheduling;

public sealed class WorkingCalendarDaylightSavingTests
{
    [Theory]
    // Clocks forward on Sunday 29 March 2026: Monday opens at 08:00 summer time.
    [InlineData("2026-03-28T20:00+01:00", "2026-03-30T08:00+02:00")]
    [InlineData("2026-03-29T20:00+02:00", "2026-03-30T08:00+02:00")]
    // Clocks back on Sunday 25 October 2026: Monday opens at 08:00 winter time.
    [InlineData("2026-10-24T20:00+02:00", "2026-10-26T08:00+01:00")]
    [InlineData("2026-10-25T20:00+01:00", "2026-10-26T08:00+01:00")]
    // Open now: now, in local time.
    [InlineData("2026-03-30T10:00Z", "2026-03-30T12:00+02:00")]
    public void NextOpening_AroundStockholmClockChange_IsLocalOpeningWithItsOffset(string after, string expected)
    {
        var opening = Office.NextOpening(At(after));

        Assert.Equal(At(expected), opening);
        Assert.Equal(At(expected).Offset, opening.Offset);
    }

    [Theory]
    [InlineData("2026-03-30T07:59+02:00", false)]
    [InlineData("2026-03-30T08:00+02:00", true)]
    [InlineData("2026-03-30T05:59Z", false)]
    [InlineData("2026-03-30T06:00Z", true)]
    [InlineData("2026-10-26T07:59+01:00", false)]
    [InlineData("2026-10-26T08:00+01:00", true)]
    [InlineData("2026-10-26T06:59Z", false)]
    [InlineData("2026-10-26T07:00Z", true)]
    public void IsOpen_MondayAfterStockholmClockChange_OpensAt0800Local(string instant, bool expected)
    {
        Assert.Equal(expected, Office.IsOpen(At(instant)));
    }

    [Fact]
    public void NextOpening_OpeningTimeSkippedOnAWeekday_IsWhenTheClocksJump()
    {
        // 08:00 → 09:00 on Wednesday 4 March: 08:30 never shows, so the office opens at 09:00 summer time.
        var calendar = new WorkingCalendar(new(new TimeOnly(8, 30), new TimeOnly(17, 0)), WeekdayChangeZone);

        Assert.Equal(At("2026-03-04T09:00+02:00"), calendar.NextOpening(At("2026-03-04T07:00+01:00")));
        Assert.False(calendar.IsOpen(At("2026-03-04T07:59:59+01:00")));
        Assert.True(calendar.IsOpen(At("2026-03-04T09:00+02:00")));
    }

    [Fact]
    public void NextOpening_OpeningTimeShownTwiceOnAWeekday_IsTheNextTimeTheClocksShowIt()
    {
        // 08:00 → 07:00 on Wednesday 4 November: 07:30 shows first in summer time, then again in winter time.
        var calendar = new WorkingCalendar(new(new TimeOnly(7, 30), new TimeOnly(17, 0)), WeekdayChangeZone);

        Assert.Equal(At("2026-11-04T07:30+02:00"), calendar.NextOpening(At("2026-11-04T07:00+02:00")));
        Assert.Equal(At("2026-11-04T07:30+01:00"), calendar.NextOpening(At("2026-11-04T07:15+01:00")));
    }

    /// <summary>+01:00, summer time +02:00 from 4 March 08:00 to 4 November 08:00 (summer time): changes on a weekday.</summary>
    private static TimeZoneInfo WeekdayChangeZone { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Test/WeekdayChange",
        TimeSpan.FromHours(1),
        "Weekday change",
        "Winter",
        "Summer",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 8, 0, 0), 3, 4),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 8, 0, 0), 11, 4)),
        ]);
}
