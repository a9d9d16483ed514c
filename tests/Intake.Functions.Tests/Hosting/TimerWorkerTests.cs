using System.Collections.Concurrent;
using System.Threading.Channels;
using Intake.Functions.Hosting.Standalone;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Functions.Tests.Hosting;

/// <summary>The standalone timer worker waits on the app's clock, in UTC, and a failed run does not stop the next one.</summary>
public sealed class TimerWorkerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_RunThatFails_IsLoggedAndTheNextOccurrenceRuns()
    {
        var clock = new WaitWatchingClock(new DateTimeOffset(2026, 11, 22, 3, 0, 30, TimeSpan.Zero));
        // The local time zone is not used: timers run on UTC, as on a Functions host without WEBSITE_TIME_ZONE.
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        var function = new FailsFirstFunction(clock);
        var logger = new RecordingLogger();
        using var worker = new TimerWorker(new TimerTarget("FailsFirst", "0 */2 * * * *", function.RunAsync), clock, logger);

        await worker.StartAsync(Ct);
        Assert.Equal(Utc(3, 2), await clock.NextWakeUpAsync());
        clock.SetUtcNow(Utc(3, 2));
        Assert.Equal(Utc(3, 4), await clock.NextWakeUpAsync());
        clock.SetUtcNow(Utc(3, 4));
        Assert.Equal(Utc(3, 6), await clock.NextWakeUpAsync());
        await worker.StopAsync(Ct);

        Assert.Equal([Utc(3, 2), Utc(3, 4)], function.Runs);
        var failure = Assert.Single(logger.Entries);
        Assert.Equal((LogLevel.Error, 6101), (failure.Level, failure.EventId.Id));
        Assert.Contains("FailsFirst failed: InvalidOperationException", failure.Message, StringComparison.Ordinal);
    }

    private static DateTimeOffset Utc(int hour, int minute) => new(2026, 11, 22, hour, minute, 0, TimeSpan.Zero);

    /// <summary>A fake clock that reports when each timer it creates is due, so the test moves time only once the worker waits.</summary>
    private sealed class WaitWatchingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly Channel<DateTimeOffset> wakeUps = Channel.CreateUnbounded<DateTimeOffset>();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            wakeUps.Writer.TryWrite(GetUtcNow() + dueTime);
            return timer;
        }

        public async Task<DateTimeOffset> NextWakeUpAsync() => await wakeUps.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    private sealed class FailsFirstFunction(TimeProvider clock)
    {
        public ConcurrentQueue<DateTimeOffset> Runs { get; } = new();

        public Task RunAsync(CancellationToken cancellationToken)
        {
            Runs.Enqueue(clock.GetUtcNow());
            return Runs.Count == 1 ? throw new InvalidOperationException("The first run fails.") : Task.CompletedTask;
        }
    }

    private sealed class RecordingLogger : ILogger<TimerWorker>
    {
        public ConcurrentQueue<(LogLevel Level, EventId EventId, string Message)> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, eventId, formatter(state, exception)));
    }
}
