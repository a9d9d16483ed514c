using Intake.Functions.Storage;

namespace Intake.Functions.Health;

/// <summary>Whether the tables and the queues answer, each asked once, together, within <c>timeout</c>.</summary>
internal static class StorageProbe
{
    public static async Task<(bool Tables, bool Queues)> ReachableAsync(
        IntakeTables tables, IntakeQueues queues, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var tablesOk = ProbeAsync(() => tables.Submissions.GetOrNullAsync("health", "probe", deadline.Token), deadline.Token);
        var queuesOk = ProbeAsync(() => queues.Intake.GetPropertiesAsync(deadline.Token), deadline.Token);
        return (await tablesOk, await queuesOk);
    }

    private static async Task<bool> ProbeAsync(Func<Task> probe, CancellationToken cancellationToken)
    {
        try
        {
            await probe();
            return true;
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, cancellationToken) || ex is OperationCanceledException)
        {
            return false;
        }
    }
}
