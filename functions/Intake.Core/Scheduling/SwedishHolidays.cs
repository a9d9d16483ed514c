namespace Intake.Core.Scheduling;

/// <summary>Swedish public holidays plus the days that are off in practice: midsommarafton, julafton, nyårsafton.
/// The rules are those in force since 2005 (Sveriges nationaldag a holiday, annandag pingst not).</summary>
public static class SwedishHolidays
{
    public static bool IsHoliday(DateOnly date) => For(date.Year).Any(holiday => holiday.Date == date);

    /// <summary>The holidays of <paramref name="year"/>, sorted by date. Two can share a date (Kristi himmelsfärdsdag
    /// falls on första maj in 2008 and 2160).</summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        var easter = Easter.Sunday(year);
        var midsummerDay = SaturdayFrom(new DateOnly(year, 6, 20));
        Holiday[] holidays =
        [
            new(new DateOnly(year, 1, 1), "Nyårsdagen", "New Year's Day"),
            new(new DateOnly(year, 1, 6), "Trettondedag jul", "Epiphany"),
            new(easter.AddDays(-2), "Långfredagen", "Good Friday"),
            new(easter, "Påskdagen", "Easter Sunday"),
            new(easter.AddDays(1), "Annandag påsk", "Easter Monday"),
            new(new DateOnly(year, 5, 1), "Första maj", "May Day"),
            new(easter.AddDays(39), "Kristi himmelsfärdsdag", "Ascension Day"),
            new(new DateOnly(year, 6, 6), "Sveriges nationaldag", "National Day of Sweden"),
            new(easter.AddDays(49), "Pingstdagen", "Whit Sunday"),
            new(midsummerDay.AddDays(-1), "Midsommarafton", "Midsummer Eve"),
            new(midsummerDay, "Midsommardagen", "Midsummer Day"),
            new(SaturdayFrom(new DateOnly(year, 10, 31)), "Alla helgons dag", "All Saints' Day"),
            new(new DateOnly(year, 12, 24), "Julafton", "Christmas Eve"),
            new(new DateOnly(year, 12, 25), "Juldagen", "Christmas Day"),
            new(new DateOnly(year, 12, 26), "Annandag jul", "Boxing Day"),
            new(new DateOnly(year, 12, 31), "Nyårsafton", "New Year's Eve"),
        ];
        return [.. holidays.OrderBy(holiday => holiday.Date)];
    }

    /// <summary>The Saturday in the week starting at <paramref name="first"/>.</summary>
    private static DateOnly SaturdayFrom(DateOnly first) =>
        first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7);
}
