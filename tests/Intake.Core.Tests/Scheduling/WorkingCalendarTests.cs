using Intake.Core.Scheduling;
using static Intake.Core.Tests.Scheduling.Calendars;

namespace Intake.Core.Tests.Scheduling;

public sealed class WorkingCalendarTests
{
    [Theory]
    // Open: the team has it today, so the next working day.
    [InlineData("2026-03-05T16:59+01:00", "2026-03-06")] // Thursday → Friday
    [InlineData("2026-03-06T16:59+01:00", "2026-03-09")] // Friday → Monday
    [InlineData("2026-03-06T15:59Z", "2026-03-09")] // the same instant in UTC
    // Closed: it counts as arriving at the next opening.
    [InlineData("2026-03-06T17:00+01:00", "2026-03-10")] // Friday at closing counts as Monday → Tuesday
    [InlineData("2026-03-06T17:01+01:00", "2026-03-10")]
    [InlineData("2026-03-09T07:59+01:00", "2026-03-10")] // Monday before opening counts as Monday → Tuesday
    [InlineData("2026-03-08T12:00+01:00", "2026-03-10")] // Sunday counts as Monday 08:00 → Tuesday
    // Midsummer 2026: midsommarafton is Friday 19 June.
    [InlineData("2026-06-18T10:00+02:00", "2026-06-22")] // Thursday → skips midsommarafton and the weekend → Monday
    [InlineData("2026-06-19T10:00+02:00", "2026-06-23")] // midsommarafton counts as Monday → Tuesday
    // Christmas: julafton, juldagen and annandag jul, plus the weekend.
    [InlineData("2025-12-23T12:00+01:00", "2025-12-29")] // Tuesday → 24–26 Wed–Fri off, weekend → Monday
    [InlineData("2026-12-23T12:00+01:00", "2026-12-28")] // Wednesday → 24–25 Thu–Fri off, 26 Sat, weekend → Monday
    // Nyårsafton 2026 is a Thursday and off; nyårsdagen (Friday) and the weekend follow, so the submission counts as
    // arriving Monday 4 January 2027 08:00, and the team contacts by the working day after that: Tuesday 5 January
    // (not Monday 4; trettondedag jul, Wednesday 6, does not come into it).
    [InlineData("2026-12-31T10:00+01:00", "2027-01-05")]
    [InlineData("2027-01-05T17:01+01:00", "2027-01-08")] // counts as Thursday 7 (6 is trettondedag jul) → Friday
    public void ContactDayFor_ReceivedAt_IsTheWorkingDayAfterTheTeamHasIt(string receivedAt, string expected)
    {
        Assert.Equal(Day(expected), Office.ContactDayFor(At(receivedAt)));
    }

    [Theory]
    [InlineData("2026-03-06", "2026-03-09")] // Friday → Monday
    [InlineData("2026-04-02", "2026-04-07")] // skärtorsdagen → past långfredagen, Easter and annandag påsk
    [InlineData("2026-05-13", "2026-05-15")] // past Kristi himmelsfärdsdag
    public void NextWorkingDayAfter_Date_SkipsWeekendsAndHolidays(string date, string expected)
    {
        Assert.Equal(Day(expected), Office.NextWorkingDayAfter(Day(date)));
    }

    [Theory]
    [InlineData("2026-03-09T08:00+01:00", true)]
    [InlineData("2026-03-09T16:59:59+01:00", true)]
    [InlineData("2026-03-09T17:00+01:00", false)]
    [InlineData("2026-03-09T07:59:59+01:00", false)]
    [InlineData("2026-03-07T12:00+01:00", false)] // Saturday
    [InlineData("2026-04-06T12:00+02:00", false)] // annandag påsk
    public void IsOpen_Instant_OnlyDuringOfficeHoursOnWorkingDays(string instant, bool expected)
    {
        Assert.Equal(expected, Office.IsOpen(At(instant)));
    }

    [Fact]
    public void Constructor_OpensNotBeforeCloses_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(Hours(17, 8), TimeZoneInfo.Utc));
    }
}
