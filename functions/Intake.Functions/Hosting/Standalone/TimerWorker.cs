using Intake.Functions.Functions;

namespace Intake.Functions.Hosting.Standalone;

/// <summary>Runs one timer function on its NCRONTAB schedule (UTC, parsed as the Functions timer trigger parses it), as
/// the Functions host would. A failed run is logged and the next occurrence runs as usual.</summary>
internal sealed partial class TimerWorker(TimerTarget function, TimeProvider clock, ILogger<TimerWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = TimerSchedule.Parse(function.Schedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            // Start-up validation refuses a schedule that never occurs; this guards any timer function without such validation.
            var next = schedule.NextAfter(now) ?? throw new InvalidOperationException($"The schedule of timer function {function.Name} never occurs.");
            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await function.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex, function.Name, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Error, Message = "Timer function {FunctionName} failed: {ExceptionType}; it runs again at its next occurrence.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string functionName, string exceptionType);
}
