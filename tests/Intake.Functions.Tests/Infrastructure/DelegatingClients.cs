using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// A real table client (on Azurite) behind the SDK's own mocking seam: every call the app makes passes through, and a
/// test overrides the one it breaks (to act out a dying process, a retry that lands twice, a concurrent writer).
/// </summary>
internal class DelegatingTableClient(TableClient inner) : TableClient
{
    protected TableClient Inner => inner;

    public override string Name => inner.Name;

    public override Task<Response<TableItem>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        inner.CreateIfNotExistsAsync(cancellationToken);

    public override Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default) =>
        inner.AddEntityAsync(entity, cancellationToken);

    public override Task<Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        inner.GetEntityAsync<T>(partitionKey, rowKey, select, cancellationToken);

    public override Task<Response> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        inner.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken);

    public override Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        inner.UpsertEntityAsync(entity, mode, cancellationToken);

    public override Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default) =>
        inner.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken);

    public override AsyncPageable<T> QueryAsync<T>(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        inner.QueryAsync<T>(filter, maxPerPage, select, cancellationToken);
}

/// <summary>Hands out table clients wrapped by <paramref name="wrap"/> (given the real one).</summary>
internal sealed class HookedTableService(TableServiceClient inner, Func<TableClient, TableClient> wrap) : TableServiceClient
{
    public override TableClient GetTableClient(string tableName) => wrap(inner.GetTableClient(tableName));
}

/// <summary>A real queue client behind the SDK's mocking seam, overridable call by call like <see cref="DelegatingTableClient"/>.</summary>
internal class DelegatingQueueClient(QueueClient inner) : QueueClient
{
    protected QueueClient Inner => inner;

    public override string Name => inner.Name;

    public override Task<Response> CreateIfNotExistsAsync(IDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        inner.CreateIfNotExistsAsync(metadata, cancellationToken);

    public override Task<Response<QueueProperties>> GetPropertiesAsync(CancellationToken cancellationToken = default) =>
        inner.GetPropertiesAsync(cancellationToken);

    public override Task<Response<SendReceipt>> SendMessageAsync(string messageText, TimeSpan? visibilityTimeout = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default) =>
        inner.SendMessageAsync(messageText, visibilityTimeout, timeToLive, cancellationToken);

    public override Task<Response<QueueMessage[]>> ReceiveMessagesAsync(int? maxMessages = null, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default) =>
        inner.ReceiveMessagesAsync(maxMessages, visibilityTimeout, cancellationToken);

    public override Task<Response<PeekedMessage[]>> PeekMessagesAsync(int? maxMessages = null, CancellationToken cancellationToken = default) =>
        inner.PeekMessagesAsync(maxMessages, cancellationToken);

    public override Task<Response> DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default) =>
        inner.DeleteMessageAsync(messageId, popReceipt, cancellationToken);

    public override Task<Response<UpdateReceipt>> UpdateMessageAsync(string messageId, string popReceipt, string? messageText = null, TimeSpan visibilityTimeout = default, CancellationToken cancellationToken = default) =>
        inner.UpdateMessageAsync(messageId, popReceipt, messageText, visibilityTimeout, cancellationToken);
}

/// <summary>Hands out queue clients wrapped by <paramref name="wrap"/> (given the real one).</summary>
internal sealed class HookedQueueService(QueueServiceClient inner, Func<QueueClient, QueueClient> wrap) : QueueServiceClient
{
    public override QueueClient GetQueueClient(string queueName) => wrap(inner.GetQueueClient(queueName));
}

/// <summary>The real queue client with one injected fault: the first <see cref="Failures"/> sends throw as a dying
/// process would, after (or before) really sending.</summary>
internal sealed class FaultyQueueClient(QueueClient inner, bool failAfterSending = false) : DelegatingQueueClient(inner)
{
    private int failures;

    public int Failures { get; init; } = 1;

    public int InjectedFailures => Volatile.Read(ref failures);

    public override async Task<Response<SendReceipt>> SendMessageAsync(string messageText, TimeSpan? visibilityTimeout = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        var fail = Interlocked.Increment(ref failures) <= Failures;
        if (!fail)
        {
            Interlocked.Decrement(ref failures);
        }

        if (fail && !failAfterSending)
        {
            throw new RequestFailedException(500, "Injected failure before sending.");
        }

        var receipt = await Inner.SendMessageAsync(messageText, visibilityTimeout, timeToLive, cancellationToken);
        return fail ? throw new InvalidOperationException("Injected crash after sending.") : receipt;
    }
}

/// <summary>The real table client, except that inserts go through <paramref name="insert"/>, which can act out what a
/// retrying pipeline or a concurrent writer would do before (or instead of) the real insert.</summary>
internal sealed class FaultyTableClient(TableClient inner, Func<TableClient, ITableEntity, Task<Response>> insert) : DelegatingTableClient(inner)
{
    public override Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default) => insert(Inner, entity);
}
