using Microsoft.Extensions.Options;
using NCrontab;

namespace Intake.Functions.Functions;

/// <summary>
/// A timer's schedule read as the Functions timer trigger reads it: a six-field NCRONTAB expression
/// "{second} {minute} {hour} {day} {month} {day-of-week}" parsed by NCrontab, the trigger's own parser. A restricted
/// day and day-of-week must both match. Occurrences are in UTC, as on a host without <c>WEBSITE_TIME_ZONE</c>.
/// </summary>
internal static class TimerSchedule
{
    private static readonly CrontabSchedule.ParseOptions WithSeconds = new() { IncludingSeconds = true };

    /// <exception cref="CrontabException">The expression is not a six-field NCRONTAB expression.</exception>
    public static CrontabSchedule Parse(string expression) => CrontabSchedule.Parse(expression, WithSeconds);

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in UTC, or null if there is none.</summary>
    public static DateTimeOffset? NextAfter(this CrontabSchedule schedule, DateTimeOffset after)
    {
        // NCrontab returns its end time when nothing occurs before it (a day no allowed month has, such as 30 February).
        var next = schedule.GetNextOccurrence(after.UtcDateTime, DateTime.MaxValue);
        return next == DateTime.MaxValue ? null : new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc));
    }

    /// <summary>Why <paramref name="expression"/>, the value of <paramref name="setting"/>, is no schedule; null if it is one.</summary>
    public static string? Problem(string setting, string? expression)
    {
        const string Form = "six fields: {second} {minute} {hour} {day} {month} {day-of-week}, as in '0 */5 * * * *'";
        if (string.IsNullOrWhiteSpace(expression))
        {
            return $"{setting} is not set: it takes a timer schedule of {Form}.";
        }

        try
        {
            return Parse(expression).NextAfter(DateTimeOffset.UnixEpoch) is null
                ? $"{setting} '{expression}' never occurs: it names a day that no allowed month has."
                : null;
        }
        catch (CrontabException ex)
        {
            return $"{setting} '{expression}' is not a timer schedule of {Form}. {ex.Message}";
        }
    }

    /// <summary>Refuses to start when the schedule in <paramref name="setting"/> cannot be parsed or never occurs.</summary>
    public static OptionsBuilder<TOptions> ValidateSchedule<TOptions>(this OptionsBuilder<TOptions> builder, string setting, Func<TOptions, string?> schedule)
        where TOptions : class
    {
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(new Validation<TOptions>(builder.Name, setting, schedule));
        return builder;
    }

    private sealed class Validation<TOptions>(string? optionsName, string setting, Func<TOptions, string?> schedule) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            if (optionsName is not null && name != optionsName)
            {
                return ValidateOptionsResult.Skip;
            }

            return Problem(setting, schedule(options)) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
        }
    }
}
