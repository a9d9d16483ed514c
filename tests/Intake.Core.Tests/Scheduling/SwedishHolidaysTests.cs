using Intake.Core.Scheduling;
using static Intake.Core.Tests.Scheduling.Calendars;

namespace Intake.Core.Tests.Scheduling;

public sealed class SwedishHolidaysTests
{
    [Fact]
    public void For_2026_ListsEveryHolidayInDateOrder()
    {
        (string Date, string Name)[] expected =
        [
            ("2026-01-01", "Nyårsdagen"),
            ("2026-01-06", "Trettondedag jul"),
            ("2026-04-03", "Långfredagen"),
            ("2026-04-05", "Påskdagen"),
            ("2026-04-06", "Annandag påsk"),
            ("2026-05-01", "Första maj"),
            ("2026-05-14", "Kristi himmelsfärdsdag"),
            ("2026-05-24", "Pingstdagen"),
            ("2026-06-06", "Sveriges nationaldag"),
            ("2026-06-19", "Midsommarafton"),
            ("2026-06-20", "Midsommardagen"),
            ("2026-10-31", "Alla helgons dag"),
            ("2026-12-24", "Julafton"),
            ("2026-12-25", "Juldagen"),
            ("2026-12-26", "Annandag jul"),
            ("2026-12-31", "Nyårsafton"),
        ];

        var holidays = SwedishHolidays.For(2026);

        Assert.Equal(expected.Select(h => (Day(h.Date), h.Name)), holidays.Select(h => (h.Date, h.SwedishName)));
        Assert.All(holidays, h => Assert.False(string.IsNullOrWhiteSpace(h.EnglishName)));
    }

    [Fact]
    public void For_AnyYear_PutsMovableDaysOnTheRightWeekdayAndSortsByDate()
    {
        for (var year = 2000; year <= 2200; year++)
        {
            var holidays = SwedishHolidays.For(year);
            var on = holidays.ToDictionary(h => h.SwedishName, h => h.Date);

            Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
            Assert.Equal(DayOfWeek.Friday, on["Midsommarafton"].DayOfWeek);
            Assert.InRange(on["Midsommarafton"], new DateOnly(year, 6, 19), new DateOnly(year, 6, 25));
            Assert.Equal(DayOfWeek.Saturday, on["Midsommardagen"].DayOfWeek);
            Assert.InRange(on["Midsommardagen"], new DateOnly(year, 6, 20), new DateOnly(year, 6, 26));
            Assert.Equal(DayOfWeek.Saturday, on["Alla helgons dag"].DayOfWeek);
            Assert.InRange(on["Alla helgons dag"], new DateOnly(year, 10, 31), new DateOnly(year, 11, 6));
            Assert.Equal(DayOfWeek.Friday, on["Långfredagen"].DayOfWeek);
            Assert.Equal(DayOfWeek.Thursday, on["Kristi himmelsfärdsdag"].DayOfWeek);
            Assert.Equal(DayOfWeek.Sunday, on["Pingstdagen"].DayOfWeek);
        }
    }

    [Fact]
    public void For_2008_KeepsAscensionAndMayDayThatShareADate()
    {
        var mayFirst = SwedishHolidays.For(2008).Where(h => h.Date == new DateOnly(2008, 5, 1)).Select(h => h.SwedishName);

        Assert.Equal(["Första maj", "Kristi himmelsfärdsdag"], mayFirst);
    }

    [Theory]
    [InlineData("2025-04-18", true)] // långfredagen
    [InlineData("2025-06-20", true)] // midsommarafton
    [InlineData("2025-11-01", true)] // alla helgons dag
    [InlineData("2026-05-14", true)] // Kristi himmelsfärdsdag
    [InlineData("2026-12-31", true)] // nyårsafton
    [InlineData("2026-06-18", false)] // the day before midsommarafton
    [InlineData("2026-05-25", false)] // annandag pingst, no longer a holiday since 2005
    [InlineData("2026-04-30", false)] // valborgsmässoafton, an ordinary working day
    public void IsHoliday_Date_MatchesTheList(string date, bool expected)
    {
        Assert.Equal(expected, SwedishHolidays.IsHoliday(Day(date)));
    }
}
