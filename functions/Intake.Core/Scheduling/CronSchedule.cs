namespace Intake.Core.Scheduling;

/// <summary>
/// The six-field NCRONTAB expression of Azure Functions timers, "{second} {minute} {hour} {day} {month}
/// {day-of-week}", for running timers without the Functions host. Occurrences are computed in UTC.
/// </summary>
public sealed class CronSchedule
{
    // The Gregorian calendar repeats every 400 years: a schedule that has not fired by then never will.
    private const int SearchYears = 400;

    private readonly string expression;
    private readonly CronField seconds;
    private readonly CronField minutes;
    private readonly CronField hours;
    private readonly CronField days;
    private readonly CronField months;
    private readonly CronField daysOfWeek;

    private CronSchedule(string expression, string[] fields)
    {
        this.expression = expression;
        seconds = CronField.Parse(fields[0], "second", 0, 59);
        minutes = CronField.Parse(fields[1], "minute", 0, 59);
        hours = CronField.Parse(fields[2], "hour", 0, 23);
        days = CronField.Parse(fields[3], "day", 1, 31);
        months = CronField.Parse(fields[4], "month", 1, 12);
        daysOfWeek = CronField.Parse(fields[5], "day-of-week", 0, 7, wrapAt: 7);
    }

    /// <exception cref="FormatException">The expression is not six valid fields, or can never occur.</exception>
    public static CronSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var fields = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            throw new FormatException(
                $"The cron expression '{expression}' has {fields.Length} fields; it needs 6: " +
                "{second} {minute} {hour} {day} {month} {day-of-week}.");
        }

        var schedule = new CronSchedule(expression, fields);
        if (!schedule.CanEverOccur())
        {
            throw new FormatException($"The cron expression '{expression}' names a day that no allowed month has.");
        }

        return schedule;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in UTC.</summary>
    public DateTimeOffset GetNextOccurrence(DateTimeOffset after)
    {
        var utc = after.UtcDateTime;
        var start = utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        var date = DateOnly.FromDateTime(start);
        var time = TimeOnly.FromDateTime(start);
        var lastDate = new DateOnly(Math.Min(date.Year + SearchYears, DateOnly.MaxValue.Year - 1), 12, 31);
        while (date <= lastDate)
        {
            if (!months.Contains(date.Month))
            {
                date = new DateOnly(date.Year, date.Month, 1).AddMonths(1);
                time = TimeOnly.MinValue;
                continue;
            }

            if (DayMatches(date) && FindTime(time) is { } found)
            {
                return new DateTimeOffset(date.ToDateTime(found), TimeSpan.Zero);
            }

            date = date.AddDays(1);
            time = TimeOnly.MinValue;
        }

        throw new InvalidOperationException($"The cron expression '{expression}' has no occurrence after {after:O}.");
    }

    public override string ToString() => expression;

    // crontab(5): when both day fields are restricted (do not start with "*"), either one matching is enough.
    private bool DayMatches(DateOnly date)
    {
        var day = days.Contains(date.Day);
        var dayOfWeek = daysOfWeek.Contains((int)date.DayOfWeek);
        return days.IsStar || daysOfWeek.IsStar ? day && dayOfWeek : day || dayOfWeek;
    }

    private TimeOnly? FindTime(TimeOnly from)
    {
        for (var hour = hours.Next(from.Hour); hour >= 0; hour = hours.Next(hour + 1))
        {
            var sameHour = hour == from.Hour;
            for (var minute = minutes.Next(sameHour ? from.Minute : 0); minute >= 0; minute = minutes.Next(minute + 1))
            {
                var second = seconds.Next(sameHour && minute == from.Minute ? from.Second : 0);
                if (second >= 0)
                {
                    return new TimeOnly(hour, minute, second);
                }
            }
        }

        return null;
    }

    // Every month has every weekday, so only a day restricted on its own (AND with a "*" day-of-week field) can
    // make a schedule impossible, as in "0 0 0 30 2 *". 2000 is a leap year, so 29 February counts.
    private bool CanEverOccur()
    {
        if (!days.IsStar && !daysOfWeek.IsStar)
        {
            return true;
        }

        var firstDay = days.Next(1);
        for (var month = months.Next(1); month >= 0; month = months.Next(month + 1))
        {
            if (firstDay <= DateTime.DaysInMonth(2000, month))
            {
                return true;
            }
        }

        return false;
    }
}
