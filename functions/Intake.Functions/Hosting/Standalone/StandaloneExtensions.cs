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
        services.AddSingleton<IHostedService>(sp => new WorkerGroup(
            sp.GetServices<IQueueFunction>().Select(f => (IHostedService)ActivatorUtilities.CreateInstance<QueueWorker>(sp, f))
                .Concat(sp.GetServices<ITimerFunction>().Select(f => (IHostedService)ActivatorUtilities.CreateInstance<TimerWorker>(sp, f)))
                .ToList()));
        return services;
    }

    /// <summary>Starts and stops the workers together (functions are only known once the container is built).</summary>
    private sealed class WorkerGroup(IReadOnlyList<IHostedService> workers) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.WhenAll(workers.Select(w => w.StartAsync(cancellationToken)));

        public Task StopAsync(CancellationToken cancellationToken) => Task.WhenAll(workers.Select(w => w.StopAsync(cancellationToken)));
    }
}
