using Intake.Core.Scheduling;
using Intake.Functions.Functions;

namespace Intake.Functions.Hosting;

/// <summary>Runs one timer function on its NCRONTAB schedule (UTC), as the Functions host would. A failed run is
/// logged and the next occurrence runs as usual.</summary>
internal sealed partial class TimerWorker(ITimerFunction function, TimeProvider clock, ILogger<TimerWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CronSchedule.Parse(function.Schedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = schedule.GetNextOccurrence(now);
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
