using Intake.Functions.Functions;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Hosting.Standalone;

internal static class StandaloneExtensions
{
    /// <summary>One queue worker per queue function and one timer worker per timer function of the catalog.</summary>
    public static IServiceCollection AddStandaloneWorkers(this IServiceCollection services)
    {
        services.AddOptions<QueueProcessingOptions>().BindConfiguration(QueueProcessingOptions.SectionName)
            .Validate(o => o.MaxDequeueCount >= 1 && o.BatchSize is >= 1 and <= 32, "QueueProcessing: MaxDequeueCount >= 1 and BatchSize 1-32.")
            .ValidateOnStart();
        services.AddSingleton<FunctionInvoker>();
        services.AddSingleton<IHostedService>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var invoker = sp.GetRequiredService<FunctionInvoker>();
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Intake.Functions.Hosting.Standalone");
            var workers = new List<IHostedService>();
            foreach (var function in FunctionCatalog.All)
            {
                if (function.Trigger is HttpFunctionTrigger)
                {
                    continue;
                }

                if (function.IsDisabled(configuration))
                {
                    StandaloneLog.FunctionDisabled(logger, function.Name);
                    continue;
                }

                workers.Add(function.Trigger switch
                {
                    QueueFunctionTrigger queue => ActivatorUtilities.CreateInstance<QueueWorker>(sp, new QueueTarget(
                        function.Name, FunctionCatalog.Resolve(queue.QueueName, configuration), (m, ct) => invoker.InvokeQueueAsync(function, m, ct))),
                    TimerFunctionTrigger timer => ActivatorUtilities.CreateInstance<TimerWorker>(sp, new TimerTarget(
                        function.Name, FunctionCatalog.Resolve(timer.Schedule, configuration), ct => invoker.InvokeTimerAsync(function, ct))),
                    _ => throw new InvalidOperationException($"Function {function.Name}: unknown trigger."),
                });
            }

            return new WorkerGroup(workers);
        });
        return services;
    }

    /// <summary>Maps every HTTP function of the catalog to its route and methods (the host's route prefix is "").</summary>
    public static WebApplication MapFunctions(this WebApplication app)
    {
        foreach (var function in FunctionCatalog.All)
        {
            if (function.Trigger is HttpFunctionTrigger http && !function.IsDisabled(app.Configuration))
            {
                app.MapMethods("/" + http.Route, http.Methods, context => FunctionInvoker.InvokeHttpAsync(function, context)).WithName(function.Name);
            }
        }

        return app;
    }

    /// <summary>Starts and stops the workers together (functions are only known once the container is built).</summary>
    private sealed class WorkerGroup(IReadOnlyList<IHostedService> workers) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.WhenAll(workers.Select(w => w.StartAsync(cancellationToken)));

        public Task StopAsync(CancellationToken cancellationToken) => Task.WhenAll(workers.Select(w => w.StopAsync(cancellationToken)));
    }
}

/// <summary>A queue function as the standalone worker runs it: its name, its queue (resolved), and how to invoke it.</summary>
internal sealed record QueueTarget(string Name, string QueueName, Func<Azure.Storage.Queues.Models.QueueMessage, CancellationToken, Task> RunAsync);

/// <summary>A timer function as the standalone worker runs it: its name, its schedule (resolved), and how to invoke it.</summary>
internal sealed record TimerTarget(string Name, string Schedule, Func<CancellationToken, Task> RunAsync);

internal static partial class StandaloneLog
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Warning, Message = "Function {FunctionName} is disabled (AzureWebJobs.{FunctionName}.Disabled = true): it does not run.")]
    public static partial void FunctionDisabled(ILogger logger, string functionName);
}
