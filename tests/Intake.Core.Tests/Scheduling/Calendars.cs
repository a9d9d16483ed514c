using System.Globalization;
using Intake.Core.Scheduling;

namespace Intake.Core.Tests.Scheduling;

/// <summary>The office the tests use (08:00–17:00 in Europe/Stockholm) and parsers for ISO 8601 text.</summary>
internal static class Calendars
{
    public static WorkingCalendar Office { get; } = new(Hours(8, 17), WorkingCalendar.Stockholm);

    public static OfficeHours Hours(int opens, int closes) => new(new TimeOnly(opens, 0), new TimeOnly(closes, 0));

    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    public static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
