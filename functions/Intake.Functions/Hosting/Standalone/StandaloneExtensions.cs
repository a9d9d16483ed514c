using Intake.Functions.Functions;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Hosting;

internal static class StandaloneExtensions
{
    /// <summary>One queue worker per queue function and one timer worker per timer function.</summary>
    public static IServiceCollection AddStandaloneWorkers(this IServiceCollection services)
    {
        services.AddOptions<QueueProcessingOptions>().BindConfiguration(QueueProcessingOptions.SectionName)
            .Validate(o => o.MaxDequeueCount >= 1 && o.BatchSize is >= 1 and <= 32, "QueueProcessing: MaxDequeueCount >= 1 and BatchSize 1-32.")
            .ValidateOnStart();
        services.AddSingleton<IHostedService>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Intake.Functions.Hosting.Standalone");
            bool Enabled(string name)
            {
                // The Functions host's own switch, honoured here too: app setting AzureWebJobs.<FunctionName>.Disabled.
                var disabled = string.Equals(configuration[$"AzureWebJobs.{name}.Disabled"], "true", StringComparison.OrdinalIgnoreCase);
                if (disabled)
                {
                    StandaloneLog.FunctionDisabled(logger, name);
                }

                return !disabled;
            }

            return new WorkerGroup(
                sp.GetServices<IQueueFunction>().Where(f => Enabled(f.Name)).Select(f => (IHostedService)ActivatorUtilities.CreateInstance<QueueWorker>(sp, f))
                    .Concat(sp.GetServices<ITimerFunction>().Where(f => Enabled(f.Name)).Select(f => (IHostedService)ActivatorUtilities.CreateInstance<TimerWorker>(sp, f)))
                    .ToList());
        });
        return services;
    }

    /// <summary>Starts and stops the workers together (functions are only known once the container is built).</summary>
    private sealed class WorkerGroup(IReadOnlyList<IHostedService> workers) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.WhenAll(workers.Select(w => w.StartAsync(cancellationToken)));

        public Task StopAsync(CancellationToken cancellationToken) => Task.WhenAll(workers.Select(w => w.StopAsync(cancellationToken)));
    }
}

internal static partial class StandaloneLog
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Warning, Message = "Function {FunctionName} is disabled (AzureWebJobs.{FunctionName}.Disabled = true): its queue is not read.")]
    public static partial void FunctionDisabled(ILogger logger, string functionName);
}
