using Intake.Functions.Storage;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>The real table client, except that inserts go through <paramref name="insert"/>, which can act out what a
/// retrying pipeline or a concurrent writer would do before (or instead of) the real insert.</summary>
internal sealed class FaultyTableClient(TableStorageClient inner, Func<TableStorageClient, string, TableEntity, Task<string>> insert)
    : TableStorageClientDelegate(inner)
{
    public override Task<string> InsertEntityAsync(string tableName, TableEntity entity, CancellationToken cancellationToken = default) =>
        insert(Inner, tableName, entity);
}

/// <summary>Passes every call to a real table client; subclasses override the call they break.</summary>
internal abstract class TableStorageClientDelegate(TableStorageClient inner) : TableStorageClient
{
    protected TableStorageClient Inner => inner;

    public override Task<string> InsertEntityAsync(string tableName, TableEntity entity, CancellationToken cancellationToken = default) =>
        inner.InsertEntityAsync(tableName, entity, cancellationToken);

    public override Task CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) => inner.CreateTableIfNotExistsAsync(tableName, cancellationToken);

    public override Task DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) => inner.DeleteTableAsync(tableName, cancellationToken);

    public override Task<TableEntity?> GetEntityAsync(string tableName, string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        inner.GetEntityAsync(tableName, partitionKey, rowKey, cancellationToken);

    public override Task<string> UpdateEntityAsync(string tableName, TableEntity entity, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken = default) =>
        inner.UpdateEntityAsync(tableName, entity, ifMatch, mode, cancellationToken);

    public override Task<string> UpsertEntityAsync(string tableName, TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken = default) =>
        inner.UpsertEntityAsync(tableName, entity, mode, cancellationToken);

    public override Task DeleteEntityAsync(string tableName, string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default) =>
        inner.DeleteEntityAsync(tableName, partitionKey, rowKey, ifMatch, cancellationToken);

    public override Task<TableQueryPage> QueryPageAsync(string tableName, TableFilter? filter = null, IReadOnlyList<string>? select = null, int? top = null, TableContinuationToken? continuation = null, CancellationToken cancellationToken = default) =>
        inner.QueryPageAsync(tableName, filter, select, top, continuation, cancellationToken);
}
