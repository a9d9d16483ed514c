using System.Globalization;
using Intake.Functions.Bot;
using Intake.Functions.Functions;
using Intake.Functions.Redrive;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using NCrontab;

namespace Intake.Functions.Tests.Hosting;

/// <summary>Timer schedules mean in the standalone worker what they mean to the Functions timer trigger (NCrontab, UTC).</summary>
public sealed class TimerScheduleTests
{
    private static readonly Dictionary<string, string> Defaults = new()
    {
        [RedriveOptions.SectionName] = new RedriveOptions().Schedule,
        [PurgeConversationsOptions.SectionName] = new PurgeConversationsOptions().Schedule,
        [Intake.Functions.Staff.PurgeStaffRecordsOptions.SectionName] = new Intake.Functions.Staff.PurgeStaffRecordsOptions().Schedule,
    };

    [Theory]
    // RedriveSubmissions, "0 */2 * * * *": every even minute; the instant itself never counts.
    [InlineData("Redrive", "2026-11-22T03:00:00Z", "2026-11-22T03:02:00Z")]
    [InlineData("Redrive", "2026-11-22T03:01:59.999Z", "2026-11-22T03:02:00Z")]
    [InlineData("Redrive", "2026-11-22T03:02:00.5Z", "2026-11-22T03:04:00Z")]
    [InlineData("Redrive", "2026-12-31T23:59:00Z", "2027-01-01T00:00:00Z")]
    // PurgeConversations, "0 5 * * * *": five past every hour, in UTC also when Stockholm changes its clocks.
    [InlineData("PurgeConversations", "2026-11-22T03:04:59Z", "2026-11-22T03:05:00Z")]
    [InlineData("PurgeConversations", "2026-11-22T03:05:00Z", "2026-11-22T04:05:00Z")]
    [InlineData("PurgeConversations", "2026-11-22T23:30:00Z", "2026-11-23T00:05:00Z")]
    [InlineData("PurgeConversations", "2026-03-29T01:05:00Z", "2026-03-29T02:05:00Z")]
    [InlineData("PurgeConversations", "2026-10-25T02:30:00+02:00", "2026-10-25T01:05:00Z")]
    // PurgeStaffRecords, "0 20 2 * * *": once a night at 02:20 UTC.
    [InlineData("PurgeStaffRecords", "2026-11-22T02:19:59Z", "2026-11-22T02:20:00Z")]
    [InlineData("PurgeStaffRecords", "2026-11-22T02:20:00Z", "2026-11-23T02:20:00Z")]
    public void NextAfter_ScheduleInUse_IsTheExpectedUtcTime(string section, string after, string expected)
    {
        var configured = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions", "appsettings.json"))
            .Build()[$"{section}:Schedule"];

        foreach (var schedule in new[] { configured!, Defaults[section] })
        {
            var next = TimerSchedule.Parse(schedule).NextAfter(At(after));

            Assert.Equal(At(expected), next);
            Assert.Equal(TimeSpan.Zero, next!.Value.Offset);
        }
    }

    [Theory]
    // As the Functions timer trigger (NCrontab) reads it: a restricted day and day-of-week must both match, so
    // "the 10th, if it is a Friday" — not crontab(5)'s "the 10th or any Friday".
    [InlineData("0 0 0 10 * 5", "2025-06-01T00:00:00Z", "2025-10-10T00:00:00Z")]
    [InlineData("0 0 0 13 * 5", "2026-01-01T00:00:00Z", "2026-02-13T00:00:00Z")]
    [InlineData("0 30 9 * * 1-5", "2026-11-20T10:00:00Z", "2026-11-23T09:30:00Z")]
    [InlineData("0 0 0 29 2 *", "2025-03-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    public void NextAfter_DayFields_MatchAsTheFunctionsTimerTrigger(string expression, string after, string expected)
    {
        Assert.Equal(At(expected), TimerSchedule.Parse(expression).NextAfter(At(after)));
    }

    [Fact]
    public void NextAfter_DayNoAllowedMonthHas_IsNull()
    {
        Assert.Null(TimerSchedule.Parse("0 0 0 30 2 *").NextAfter(At("2026-01-01T00:00:00Z")));
    }

    [Theory]
    [InlineData("0 */5 * * *")]
    [InlineData("0 60 * * * *")]
    [InlineData("0 0 0 * 13 *")]
    [InlineData("*/x * * * * *")]
    public void Parse_NotASixFieldSchedule_Throws(string expression)
    {
        Assert.Throws<CrontabException>(() => TimerSchedule.Parse(expression));
    }

    [Theory]
    [InlineData(null, "Redrive:Schedule is not set")]
    [InlineData(" ", "Redrive:Schedule is not set")]
    [InlineData("0 */2 * * *", "Redrive:Schedule '0 */2 * * *' is not a timer schedule of six fields")]
    [InlineData("0 0 0 10 * 8", "Redrive:Schedule '0 0 0 10 * 8' is not a timer schedule of six fields")]
    [InlineData("0 0 0 30 2 *", "Redrive:Schedule '0 0 0 30 2 *' never occurs")]
    public void Problem_InvalidSchedule_NamesTheSettingAndTheValue(string? expression, string problem)
    {
        Assert.StartsWith(problem, TimerSchedule.Problem("Redrive:Schedule", expression), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 */2 * * * *")]
    [InlineData("0 5 * * * *")]
    [InlineData("0 0 0 10 * 5")]
    public void Problem_ValidSchedule_IsNull(string expression)
    {
        Assert.Null(TimerSchedule.Problem("Redrive:Schedule", expression));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
