using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Intake.Functions.Telemetry;

namespace Intake.Functions.Storage;

/// <summary>The few things the app does with the SDK clients in one way everywhere.</summary>
internal static class StorageClientExtensions
{
    /// <summary>Never expires: the storage default (7 days) would silently drop a submission nobody routed in a week.</summary>
    public static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    /// <summary>Sends a message that never expires, carrying the current span's trace context (<see cref="QueueTraceContext"/>).</summary>
    public static Task SendAsync(this QueueClient queue, string messageText, CancellationToken cancellationToken) =>
        queue.SendAsIsAsync(QueueTraceContext.Inject(messageText), cancellationToken);

    /// <summary>Sends a message, exactly as given, that never expires: a message moved to poison stays as it was.</summary>
    public static Task SendAsIsAsync(this QueueClient queue, string messageText, CancellationToken cancellationToken) =>
        queue.SendMessageAsync(messageText, visibilityTimeout: null, timeToLive: NeverExpires, cancellationToken);

    /// <summary>The entity, or null when the table has no such row. A missing <b>table</b> is not a missing row: it throws
    /// (deployment is broken, and the message must be retried, not taken as "nothing to do").</summary>
    public static async Task<TableEntity?> GetOrNullAsync(this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            return (await table.GetEntityAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode != "TableNotFound")
        {
            return null;
        }
    }

    /// <summary>Inserts; returns the new ETag. 409 when the row exists.</summary>
    public static async Task<ETag> InsertAsync(this TableClient table, ITableEntity entity, CancellationToken cancellationToken) =>
        ETagOf(await table.AddEntityAsync(WithoutNulls(entity), cancellationToken));

    /// <summary>Merges or replaces if the row still has <paramref name="ifMatch"/> (<see cref="ETag.All"/>: any version);
    /// returns the new ETag. 412 when it changed, 404 when it is gone.</summary>
    public static async Task<ETag> UpdateAsync(this TableClient table, ITableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) =>
        ETagOf(await table.UpdateEntityAsync(WithoutNulls(entity), ifMatch, mode, cancellationToken));

    /// <summary>Rows matching an interpolated filter, every value escaped by <see cref="TableClient.CreateQueryFilter(FormattableString)"/>:
    /// the only way the app queries (raw filter strings are banned, see BannedSymbols.txt).</summary>
    public static AsyncPageable<TableEntity> Query(
        this TableClient table, FormattableString filter, IEnumerable<string>? select = null, int? maxPerPage = null, CancellationToken cancellationToken = default)
    {
#pragma warning disable RS0030 // The one place a filter string reaches the SDK, and it was built by CreateQueryFilter.
        return table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(filter), maxPerPage, select, cancellationToken);
#pragma warning restore RS0030
    }

    /// <summary>
    /// Deletes every row <paramref name="rows"/> yields (at most <paramref name="maxRows"/>), each only if it still has
    /// the ETag the query returned: a row written again since the query is kept, never deleted unseen. For the purge
    /// timers, whose queries select rows that may be revived while they run.
    /// </summary>
    public static async Task<(int Deleted, int Kept, bool LimitReached)> DeleteUnchangedAsync(
        this TableClient table, AsyncPageable<TableEntity> rows, int maxRows, CancellationToken cancellationToken)
    {
        int deleted = 0, kept = 0;
        await foreach (var row in rows)
        {
            if (deleted + kept >= maxRows)
            {
                return (deleted, kept, true);
            }

            var etag = row.ETag != default ? row.ETag : throw new InvalidOperationException("The query returned a row without its ETag.");
            try
            {
                // A row already gone (404) is not an error to the client: someone else deleted it.
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, etag, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                kept++;  // Written again after the query: it stays.
            }
        }

        return (deleted, kept, false);
    }

    /// <summary>As <see cref="Query"/>, synchronously: for the few callers an interface makes synchronous (the Data
    /// Protection key ring, read at start and once a day).</summary>
    public static Pageable<TableEntity> QueryNow(this TableClient table, FormattableString filter)
    {
#pragma warning disable RS0030 // As in Query: the filter was built by CreateQueryFilter.
        return table.Query<TableEntity>(TableClient.CreateQueryFilter(filter));
#pragma warning restore RS0030
    }

    /// <summary>A null property means "not set": it is left out, as the table service would not store it anyway.</summary>
    private static ITableEntity WithoutNulls(ITableEntity entity)
    {
        if (entity is TableEntity dictionary)
        {
            foreach (var key in dictionary.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                dictionary.Remove(key);
            }
        }

        return entity;
    }

    private static ETag ETagOf(Response response) =>
        response.Headers.ETag ?? throw new InvalidOperationException("The table service answered without an ETag.");
}
