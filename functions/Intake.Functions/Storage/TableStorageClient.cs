using System.Text.Json;
using Azure;
using Azure.Core;

namespace Intake.Functions.Storage;

/// <summary>
/// Account-level client for Azure Table storage (and Azurite) over the REST API. Every method takes the table name.
/// Methods are virtual so tests can subclass to inject faults.
/// </summary>
public partial class TableStorageClient
{
    private const string NoMetadata = "application/json;odata=nometadata";
    private const string MinimalMetadata = "application/json;odata=minimalmetadata";
    private static readonly RequestMethod Merge = new("MERGE");

    private readonly StorageServiceConnection _connection = null!;

    /// <summary>For mocking and subclassing only.</summary>
    protected TableStorageClient()
    {
    }

    public TableStorageClient(Uri endpoint, StorageSharedKeyCredential credential, TableStorageClientOptions? options = null)
        : this(endpoint, TableSharedKey.Policy(credential), options)
    {
    }

    public TableStorageClient(Uri endpoint, TokenCredential credential, TableStorageClientOptions? options = null)
        : this(endpoint, StorageClientDefaults.BearerPolicy(credential), options)
    {
    }

    private TableStorageClient(Uri endpoint, Azure.Core.Pipeline.HttpPipelinePolicy authPolicy, TableStorageClientOptions? options)
    {
        options ??= new TableStorageClientOptions();
        _connection = new StorageServiceConnection(
            endpoint, options, TableStorageClientOptions.ApiVersion, options.TimeProvider, authPolicy);
    }

    public virtual async Task CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default)
    {
        byte[] body = TableEntityJson.WriteTableName(TableNaming.ValidateTableName(tableName));
        using HttpMessage message = CreateMessage(RequestMethod.Post, "/Tables", NoMetadata, body);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        await _connection.SendAsync(
            message, $"CreateTable '{tableName}'", StorageErrors.CreatedOrAlreadyExists("TableAlreadyExists"), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Deletes the table; a table that does not exist is not an error.</summary>
    public virtual async Task DeleteTableAsync(string tableName, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = CreateMessage(
            RequestMethod.Delete, $"/Tables('{TableNaming.ValidateTableName(tableName)}')", NoMetadata);
        await _connection.SendAsync(message, $"DeleteTable '{tableName}'", cancellationToken, 204, 404).ConfigureAwait(false);
    }

    /// <summary>Inserts a new entity and returns its ETag; an existing key fails with 409 EntityAlreadyExists.</summary>
    public virtual async Task<string> InsertEntityAsync(string tableName, TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using HttpMessage message = CreateMessage(
            RequestMethod.Post, "/" + TableNaming.ValidateTableName(tableName), NoMetadata, TableEntityJson.Write(entity));
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        Response response = await _connection.SendAsync(
            message, $"InsertEntity in '{tableName}'", cancellationToken, 201, 204).ConfigureAwait(false);
        return ETagOf(response);
    }

    /// <summary>The entity with its ETag, or null when it does not exist (a missing table still throws).</summary>
    public virtual async Task<TableEntity?> GetEntityAsync(
        string tableName, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = CreateMessage(
            RequestMethod.Get, TableNaming.EntityPath(tableName, partitionKey, rowKey), MinimalMetadata);
        Response response = await _connection.SendAsync(
            message, $"GetEntity in '{tableName}'", r => r.Status == 200 || IsEntityNotFound(r), cancellationToken)
            .ConfigureAwait(false);
        if (response.Status == 404)
        {
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(response.Content.ToMemory());
        return TableEntityJson.Read(document.RootElement, ETagOf(response));
    }

    /// <summary>Replaces (PUT) or merges (MERGE) an existing entity if its ETag still matches; returns the new ETag.</summary>
    public virtual Task<string> UpdateEntityAsync(
        string tableName, TableEntity entity, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        return WriteEntityAsync(tableName, entity, ifMatch, mode, "UpdateEntity", cancellationToken);
    }

    /// <summary>Insert-or-replace / insert-or-merge, unconditionally; returns the new ETag.</summary>
    public virtual Task<string> UpsertEntityAsync(
        string tableName, TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken = default) =>
        WriteEntityAsync(tableName, entity, ifMatch: null, mode, "UpsertEntity", cancellationToken);

    /// <summary>Deletes the entity if the ETag matches ("*" = any); an entity already gone is not an error.</summary>
    public virtual async Task DeleteEntityAsync(
        string tableName, string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        using HttpMessage message = CreateMessage(
            RequestMethod.Delete, TableNaming.EntityPath(tableName, partitionKey, rowKey), NoMetadata);
        message.Request.Headers.SetValue("If-Match", ifMatch);
        await _connection.SendAsync(
            message, $"DeleteEntity in '{tableName}'", r => r.Status == 204 || IsEntityNotFound(r), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<string> WriteEntityAsync(
        string tableName, TableEntity entity, string? ifMatch, TableUpdateMode mode, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        RequestMethod method = mode == TableUpdateMode.Merge ? Merge : RequestMethod.Put;
        using HttpMessage message = CreateMessage(
            method, TableNaming.EntityPath(tableName, entity.PartitionKey, entity.RowKey), NoMetadata, TableEntityJson.Write(entity));
        if (ifMatch is not null)
        {
            message.Request.Headers.SetValue("If-Match", ifMatch);
        }

        Response response = await _connection.SendAsync(
            message, $"{operation} in '{tableName}'", cancellationToken, 204).ConfigureAwait(false);
        return ETagOf(response);
    }

    private HttpMessage CreateMessage(RequestMethod method, string path, string accept, byte[]? jsonBody = null)
    {
        HttpMessage message = _connection.CreateMessage(method, path);
        Request request = message.Request;
        request.Headers.SetValue("Accept", accept);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        if (jsonBody is not null)
        {
            request.Headers.SetValue("Content-Type", "application/json");
            request.Content = RequestContent.Create(jsonBody);
        }

        return message;
    }

    /// <summary>404 for the entity, not for a missing table (TableNotFound), which is a configuration error.</summary>
    private static bool IsEntityNotFound(Response response) =>
        response.Status == 404 && StorageErrors.ErrorCode(response) != "TableNotFound";

    private static string ETagOf(Response response) =>
        response.Headers.TryGetValue("ETag", out string? etag) ? etag : throw new InvalidOperationException("The response carried no ETag.");
}
