using Intake.Core.Scheduling;
using static Intake.Core.Tests.Scheduling.Calendars;

namespace Intake.Core.Tests.Scheduling;

public sealed class EasterTests
{
    [Theory]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    public void Sunday_KnownYear_IsThatYearsEasterSunday(int year, string expected)
    {
        var sunday = Easter.Sunday(year);

        Assert.Equal(Day(expected), sunday);
        Assert.Equal(DayOfWeek.Sunday, sunday.DayOfWeek);
    }
}
