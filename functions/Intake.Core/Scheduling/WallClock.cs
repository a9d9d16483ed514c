namespace Intake.Core.Scheduling;

/// <summary>Turns a local wall-clock time into an instant, across daylight-saving changes.</summary>
internal static class WallClock
{
    /// <summary>The first instant at or after <paramref name="notBefore"/> when the clocks in <paramref name="zone"/>
    /// show <paramref name="local"/>, or, if they skip it (spring forward), the instant they jump past it.</summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone, DateTimeOffset notBefore)
    {
        if (zone.IsInvalidTime(local))
        {
            return JumpPast(local, zone);
        }

        if (zone.IsAmbiguousTime(local))
        {
            // Shown twice (fall back): the larger offset is the earlier instant.
            foreach (var offset in zone.GetAmbiguousTimeOffsets(local).OrderDescending())
            {
                var instant = new DateTimeOffset(local, offset);
                if (instant >= notBefore)
                {
                    return instant;
                }
            }
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Searches the gap for the first instant whose local time is at or past <paramref name="local"/>.</summary>
    private static DateTimeOffset JumpPast(DateTime local, TimeZoneInfo zone)
    {
        var before = new DateTimeOffset(local, zone.GetUtcOffset(local.AddDays(1))).UtcTicks;
        var after = new DateTimeOffset(local, zone.GetUtcOffset(local.AddDays(-1))).UtcTicks;
        while (after - before > 1)
        {
            var middle = before + ((after - before) / 2);
            if (LocalAt(middle, zone) >= local)
            {
                after = middle;
            }
            else
            {
                before = middle;
            }
        }

        return TimeZoneInfo.ConvertTime(new DateTimeOffset(after, TimeSpan.Zero), zone);
    }

    private static DateTime LocalAt(long utcTicks, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(utcTicks, TimeSpan.Zero), zone).DateTime;
}
