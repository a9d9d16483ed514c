using Intake.Core.Routing;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Storage;

internal static class StorageExtensions
{
    public static IServiceCollection AddIntakeStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageNames>().BindConfiguration(StorageNames.SectionName)
            .Validate(StorageNames.AreValid, "Storage: a table or queue name is not valid (tables: letters and digits, 3-63; queues: lower-case letters, digits, single hyphens, 3-63).")
            .ValidateOnStart();
        services.AddStorageClients();
        services.AddSingleton<IntakeTables>();
        services.AddSingleton<IntakeQueues>();
        services.AddSingleton<Staff.TeamInbox>();
        return services;
    }

    /// <summary>Every queue the app writes to or reads from, team queues included.</summary>
    public static IEnumerable<string> AllQueues(StorageNames names, RoutingOptions routing) =>
        new[] { names.IntakeQueue, names.EmailOutboxQueue, names.TeamNoticesQueue }.Concat(routing.Teams.Values.Select(t => t.Queue)).Distinct();
}

/// <summary>Standalone only: creates the tables and queues at start-up, so that neither the first citizen nor a worker meets
/// a missing one. (Under the Functions host, deployment creates them: a cold start does no avoidable work.)</summary>
internal sealed partial class StorageInitializer(
    IntakeTables tables,
    IntakeQueues queues,
    IOptions<StorageNames> names,
    IOptions<RoutingOptions> routing,
    ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Concurrently: every cold start pays for this before the app answers its first request.
        var n = names.Value;
        var queueNames = StorageExtensions.AllQueues(n, routing.Value).ToList();
        var tableNames = tables.AllNames.ToList();
        await Task.WhenAll(
            tableNames.Select(t => (Task)tables.Get(t).CreateIfNotExistsAsync(cancellationToken))
                .Concat(queueNames.Select(q => (Task)queues.Get(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));

        LogReady(logger, tableNames.Count, queueNames.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Storage ready: {TableCount} tables and {QueueCount} queues exist.")]
    private static partial void LogReady(ILogger logger, int tableCount, int queueCount);
}
