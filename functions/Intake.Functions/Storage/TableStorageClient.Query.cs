using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace Intake.Functions.Storage;

public partial class TableStorageClient
{
    private const int MaxPageSize = 1000;

    /// <summary>
    /// One page of entities. A page may be empty and still carry a continuation. When <paramref name="select"/> is given,
    /// PartitionKey and RowKey are always selected too, since every <see cref="TableEntity"/> has them.
    /// </summary>
    [SuppressMessage("Naming", "CA1716", Justification = "The parameter mirrors OData $select; C# is the only consumer.")]
    public virtual Task<TableQueryPage> QueryPageAsync(
        string tableName,
        TableFilter? filter = null,
        IReadOnlyList<string>? select = null,
        int? top = null,
        TableContinuationToken? continuation = null,
        CancellationToken cancellationToken = default) =>
        QueryPageCoreAsync(tableName, filter?.ToString(), select, top, continuation, cancellationToken);

    /// <summary>All matching entities, following continuation tokens page by page.</summary>
    [SuppressMessage("Naming", "CA1716", Justification = "The parameter mirrors OData $select; C# is the only consumer.")]
    public virtual async IAsyncEnumerable<TableEntity> QueryAsync(
        string tableName,
        TableFilter? filter = null,
        IReadOnlyList<string>? select = null,
        int? pageSize = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        TableContinuationToken? continuation = null;
        do
        {
            TableQueryPage page = await QueryPageAsync(tableName, filter, select, pageSize, continuation, cancellationToken)
                .ConfigureAwait(false);
            foreach (TableEntity entity in page.Entities)
            {
                yield return entity;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    /// <summary>
    /// Takes the filter as text. Internal on purpose: callers build filters with <see cref="TableFilter"/>; tests use
    /// this to show what an unescaped filter would have done.
    /// </summary>
    internal async Task<TableQueryPage> QueryPageCoreAsync(
        string tableName,
        string? filter,
        IReadOnlyList<string>? select,
        int? top,
        TableContinuationToken? continuation,
        CancellationToken cancellationToken)
    {
        if (top is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, $"top must be between 1 and {MaxPageSize}.");
        }

        using HttpMessage message = CreateMessage(
            RequestMethod.Get, "/" + TableNaming.ValidateTableName(tableName) + "()", MinimalMetadata);
        RequestUriBuilder uri = message.Request.Uri;
        if (filter is not null)
        {
            uri.AppendQuery("$filter", filter);
        }

        if (select is { Count: > 0 })
        {
            uri.AppendQuery("$select", SelectList(select));
        }

        if (top is not null)
        {
            uri.AppendQuery("$top", top.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (continuation is not null)
        {
            uri.AppendQuery("NextPartitionKey", continuation.NextPartitionKey);
            if (continuation.NextRowKey is not null)
            {
                uri.AppendQuery("NextRowKey", continuation.NextRowKey);
            }
        }

        Response response = await _connection.SendAsync(
            message, $"QueryEntities in '{tableName}'", cancellationToken, 200).ConfigureAwait(false);
        return new TableQueryPage(ReadEntities(response), ContinuationOf(response));
    }

    private static string SelectList(IReadOnlyList<string> select)
    {
        var names = new List<string> { "PartitionKey", "RowKey" };
        foreach (string name in select)
        {
            TableNaming.ValidatePropertyName(name, nameof(select), allowReserved: true);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return string.Join(',', names);
    }

    private static List<TableEntity> ReadEntities(Response response)
    {
        using JsonDocument document = JsonDocument.Parse(response.Content.ToMemory());
        return document.RootElement.GetProperty("value").EnumerateArray()
            .Select(item => TableEntityJson.Read(item, etag: null))
            .ToList();
    }

    private static TableContinuationToken? ContinuationOf(Response response) =>
        response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out string? partitionKey)
            ? new TableContinuationToken(
                partitionKey,
                response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out string? rowKey) ? rowKey : null)
            : null;
}
