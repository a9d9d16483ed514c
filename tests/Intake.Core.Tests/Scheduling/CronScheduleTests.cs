using System.Globalization;
using Intake.Core.Scheduling;
using Xunit;

namespace Intake.Core.Tests.Scheduling;

public sealed class CronScheduleTests
{
    [Theory]
    // Common schedules; "after" itself never counts.
    [InlineData("0 */5 * * * *", "2025-01-01T10:02:30Z", "2025-01-01T10:05:00Z")]
    [InlineData("0 */5 * * * *", "2025-01-01T10:05:00Z", "2025-01-01T10:10:00Z")]
    [InlineData("0 */5 * * * *", "2025-01-01T23:59:00Z", "2025-01-02T00:00:00Z")]
    [InlineData("0 0 2 * * *", "2025-01-01T01:59:59Z", "2025-01-01T02:00:00Z")]
    [InlineData("0 0 2 * * *", "2025-01-01T02:00:00Z", "2025-01-02T02:00:00Z")]
    [InlineData("*/10 * * * * *", "2025-01-01T10:00:05.5Z", "2025-01-01T10:00:10Z")]
    [InlineData("*/10 * * * * *", "2025-01-01T10:00:59.999Z", "2025-01-01T10:01:00Z")]
    [InlineData("*/10 * * * * *", "2025-01-01T10:00:09.999Z", "2025-01-01T10:00:10Z")]
    [InlineData("0 30 9 * * 1-5", "2025-01-03T10:00:00Z", "2025-01-06T09:30:00Z")]
    [InlineData("0 30 9 * * 1-5", "2025-01-06T09:29:59Z", "2025-01-06T09:30:00Z")]
    [InlineData("0 15,45 8-9 * * *", "2025-01-01T08:45:00Z", "2025-01-01T09:15:00Z")]
    [InlineData("0 0 0-12/6 * * *", "2025-01-01T06:00:00Z", "2025-01-01T12:00:00Z")]
    // Month and year roll-over: short months and non-leap years are skipped.
    [InlineData("0 0 0 1 * *", "2025-12-15T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData("59 59 23 31 12 *", "2025-12-31T23:59:59Z", "2026-12-31T23:59:59Z")]
    [InlineData("0 0 0 31 * *", "2025-04-01T00:00:00Z", "2025-05-31T00:00:00Z")]
    [InlineData("0 0 12 * 3 *", "2025-03-31T12:00:00Z", "2026-03-01T12:00:00Z")]
    [InlineData("0 0 0 29 2 *", "2025-03-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("0 0 0 29 2 *", "2096-02-29T00:00:00Z", "2104-02-29T00:00:00Z")]
    // crontab(5): both day fields restricted means either matches; a field starting with "*" means both must.
    [InlineData("0 0 0 10 * 5", "2025-06-01T00:00:00Z", "2025-06-06T00:00:00Z")]
    [InlineData("0 0 0 10 * 5", "2025-06-07T00:00:00Z", "2025-06-10T00:00:00Z")]
    [InlineData("0 0 0 */2 * 1", "2025-06-01T00:00:00Z", "2025-06-09T00:00:00Z")]
    [InlineData("0 0 0 * * 7", "2025-06-02T00:00:00Z", "2025-06-08T00:00:00Z")]
    [InlineData("0 0 0 * * 5-7", "2025-06-02T00:00:00Z", "2025-06-06T00:00:00Z")]
    public void GetNextOccurrence_Schedule_IsTheFirstMatchStrictlyAfter(string expression, string after, string expected)
    {
        Assert.Equal(At(expected), CronSchedule.Parse(expression).GetNextOccurrence(At(after)));
    }

    [Fact]
    public void GetNextOccurrence_OffsetInput_IsEvaluatedInUtc()
    {
        var next = CronSchedule.Parse("0 0 2 * * *").GetNextOccurrence(At("2025-01-01T03:30:00+02:00"));

        Assert.Equal(At("2025-01-01T02:00:00Z"), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Theory]
    [InlineData("", "0 fields")]
    [InlineData("0 */5 * * *", "5 fields")]
    [InlineData("0 0 0 * * * *", "7 fields")]
    [InlineData("61 * * * * *", "second")]
    [InlineData("60 * * * * *", "second")]
    [InlineData("0 60 * * * *", "minute")]
    [InlineData("0 0 24 * * *", "hour")]
    [InlineData("0 0 0 0 * *", "day")]
    [InlineData("0 0 0 32 * *", "day")]
    [InlineData("0 0 0 * 0 *", "month")]
    [InlineData("0 0 0 * 13 *", "month")]
    [InlineData("0 0 0 * * 8", "day-of-week")]
    [InlineData("*/0 * * * * *", "step")]
    [InlineData("*/x * * * * *", "not a number")]
    [InlineData("*/ * * * * *", "not a number")]
    [InlineData("*/5/2 * * * * *", "not a number")]
    [InlineData("5/2 * * * * *", "step")]
    [InlineData("5-2 * * * * *", "within")]
    [InlineData("-5 * * * * *", "not a number")]
    [InlineData("1,,2 * * * * *", "not a number")]
    [InlineData("a b c d e f", "not a number")]
    [InlineData("0 0 0 * JAN MON", "not a number")]
    [InlineData("0 0 0 30 2 *", "no allowed month")]
    [InlineData("0 0 0 31 4,6,9,11 *", "no allowed month")]
    public void Parse_InvalidExpression_ThrowsFormatExceptionNamingTheProblem(string expression, string problem)
    {
        var exception = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));

        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => CronSchedule.Parse(null!));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
