using Azure;
using Azure.Data.Tables;

namespace Intake.Functions.Storage;

/// <summary>Another worker holds the claim on the same row right now: this delivery is tried again later.</summary>
internal sealed class ClaimHeldException(string table, string partitionKey)
    : Exception($"{table} row {partitionKey} is claimed by another worker.");

/// <summary>The row as claimed (with the claim's columns). <see cref="ETag"/> is null when the work was already done and nothing was claimed.</summary>
internal readonly record struct RowClaim(TableEntity Row, ETag? ETag)
{
    public bool IsDone => ETag is null;
}

/// <summary>
/// A claim on a table row, so that one step with an effect outside the table (a queue message, an e-mail) is taken by
/// one worker at a time, however many copies of its queue message run at once. The claim is a time column written
/// with If-Match on the ETag the worker read: of two workers that read the same version, exactly one writes it. A
/// claim that is not released (the worker was killed) lapses after its duration, and the next delivery takes over.
/// </summary>
internal static class RowClaims
{
    private const int MaxConflicts = 3;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <param name="known">The row as this worker just wrote it (with its ETag), to claim without reading it again.</param>
    /// <param name="isDone">Whether the row says the work is done: then nothing is claimed.</param>
    /// <param name="addToClaim">More columns to write with the claim (row as read, claim being written, now).</param>
    public static async Task<RowClaim> ClaimAsync(
        TableClient table, string partitionKey, string rowKey, string claimColumn, TimeSpan duration, TimeProvider clock,
        Func<TableEntity, bool> isDone, CancellationToken cancellationToken,
        TableEntity? known = null, Action<TableEntity, TableEntity, DateTimeOffset>? addToClaim = null)
    {
        var conflicts = 0;
        while (true)
        {
            var row = known ?? await table.GetOrNullAsync(partitionKey, rowKey, cancellationToken)
                ?? throw new InvalidOperationException($"{table.Name} row {partitionKey} does not exist.");
            known = null;
            if (isDone(row))
            {
                return new RowClaim(row, null);
            }

            var now = clock.GetUtcNow();
            if (row.GetDateTimeOffset(claimColumn) is { } claimedUntil && claimedUntil > now)
            {
                // Another worker is at it (or died holding it): look again until it finishes or its claim lapses,
                // rather than burn this delivery's try. Bounded by the claim's own length.
                if (claimedUntil - now > duration)
                {
                    throw new ClaimHeldException(table.Name, partitionKey);
                }

                var wait = claimedUntil - now + TimeSpan.FromMilliseconds(50);
                await Task.Delay(wait < PollInterval ? wait : PollInterval, clock, cancellationToken);
                continue;
            }

            var claim = new TableEntity(partitionKey, rowKey) { [claimColumn] = now + duration };
            addToClaim?.Invoke(row, claim, now);
            try
            {
                var etag = await table.UpdateAsync(claim, row.ETag, TableUpdateMode.Merge, cancellationToken);
                foreach (var (column, value) in claim.Where(c => c.Key is not (nameof(TableEntity.PartitionKey) or nameof(TableEntity.RowKey))))
                {
                    row[column] = value;  // the row as it now stands, with what the claim wrote
                }

                row.ETag = etag;

                return new RowClaim(row, etag);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // The row changed since it was read (another worker claimed it, or another step wrote): read it again.
                if (++conflicts >= MaxConflicts)
                {
                    throw new ClaimHeldException(table.Name, partitionKey);
                }
            }
        }
    }

    /// <summary>Gives the claim up at once (after a failure), so the next delivery need not wait for it to lapse.
    /// Best effort: if storage fails too, the claim simply runs out.</summary>
    public static async Task ReleaseAsync(TableClient table, string partitionKey, string rowKey, string claimColumn, TimeProvider clock)
    {
        try
        {
            var release = new TableEntity(partitionKey, rowKey) { [claimColumn] = clock.GetUtcNow() };
            await table.UpdateAsync(release, ETag.All, TableUpdateMode.Merge, CancellationToken.None);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, CancellationToken.None))
        {
            // The claim lapses by itself.
        }
    }
}
