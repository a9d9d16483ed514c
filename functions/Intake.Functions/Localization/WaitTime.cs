using System.Globalization;
using Intake.Core.Localization;

namespace Intake.Functions.Localization;

/// <summary>A wait as a person reads it: "10 sekunder", "1 minut", "3 minutes" (whole minutes from a minute up, rounded up).</summary>
internal static class WaitTime
{
    public static string Describe(int seconds, Language language)
    {
        var (count, swedish, english) = seconds < 60
            ? (Math.Max(seconds, 1), ("sekund", "sekunder"), ("second", "seconds"))
            : ((seconds + 59) / 60, ("minut", "minuter"), ("minute", "minutes"));
        var (one, many) = language == Language.English ? english : swedish;
        return count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
    }
}
