namespace Intake.Functions.RateLimits;

/// <summary>
/// What the limits tell operations: which limit refused how many requests, at most once a minute per limit (an attack
/// must not flood the log). Never who: no address, no hash of one.
/// </summary>
internal sealed partial class RateLimitLog(ILogger<RateLimitLog> logger, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly Lock sync = new();
    private readonly Dictionary<(RateLimitPolicy, bool), (DateTimeOffset Logged, int Count)> pending = [];

    public void Refused(RateLimitPolicy policy)
    {
        if (Due(policy, noAddress: false) is { } count)
        {
            LogRefused(logger, policy, count);
        }
    }

    public void NoClientAddress(RateLimitPolicy policy)
    {
        if (Due(policy, noAddress: true) is { } count)
        {
            LogNoClientAddress(logger, policy, count);
        }
    }

    /// <summary>The count to report now (this one included), or null when the last report is less than a minute old.</summary>
    private int? Due(RateLimitPolicy policy, bool noAddress)
    {
        var now = clock.GetUtcNow();
        lock (sync)
        {
            var (logged, count) = pending.GetValueOrDefault((policy, noAddress), (DateTimeOffset.MinValue, 0));
            if (now - logged < Interval)
            {
                pending[(policy, noAddress)] = (logged, count + 1);
                return null;
            }

            pending[(policy, noAddress)] = (now, 0);
            return count + 1;
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Rate limit {Policy}: {Count} request(s) answered 429 since the last report (at most one report a minute).")]
    private static partial void LogRefused(ILogger logger, RateLimitPolicy policy, int count);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Rate limit {Policy}: {Count} request(s) had no client address in the configured place and were not limited (RateLimits:ClientAddressHeader).")]
    private static partial void LogNoClientAddress(ILogger logger, RateLimitPolicy policy, int count);
}
