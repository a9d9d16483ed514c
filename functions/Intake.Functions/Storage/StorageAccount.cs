using System.Net;
using Azure.Core;

namespace Intake.Functions.Storage;

/// <summary>
/// A storage account's table and queue endpoints plus how to authorize: a shared key (connection string, Azurite)
/// or an Entra ID token credential (production, shared keys disabled).
/// </summary>
public sealed class StorageAccount
{
    private readonly StorageSharedKeyCredential? _sharedKey;
    private readonly TokenCredential? _tokenCredential;

    private StorageAccount(
        string accountName, Uri tableEndpoint, Uri queueEndpoint, StorageSharedKeyCredential? sharedKey, TokenCredential? tokenCredential)
    {
        AccountName = accountName;
        TableEndpoint = tableEndpoint;
        QueueEndpoint = queueEndpoint;
        _sharedKey = sharedKey;
        _tokenCredential = tokenCredential;
    }

    public string AccountName { get; }

    public Uri TableEndpoint { get; }

    public Uri QueueEndpoint { get; }

    /// <summary>
    /// "UseDevelopmentStorage=true" (Azurite on 127.0.0.1:10001/10002) or
    /// "DefaultEndpointsProtocol=..;AccountName=..;AccountKey=..[;TableEndpoint=..][;QueueEndpoint=..][;EndpointSuffix=..]".
    /// </summary>
    /// <exception cref="FormatException">The string is invalid; the message never contains the key.</exception>
    public static StorageAccount Parse(string connectionString)
    {
        var (accountName, credential, table, queue) = StorageConnectionString.Parse(connectionString);
        return new StorageAccount(accountName, table, queue, credential, tokenCredential: null);
    }

    /// <summary>Entra ID: e.g. https://acct.table.core.windows.net and https://acct.queue.core.windows.net.</summary>
    public static StorageAccount FromServiceUris(Uri tableServiceUri, Uri queueServiceUri, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Uri table = StorageClientDefaults.NormalizeEndpoint(tableServiceUri);
        Uri queue = StorageClientDefaults.NormalizeEndpoint(queueServiceUri);
        return new StorageAccount(AccountNameOf(table), table, queue, sharedKey: null, credential);
    }

    public TableStorageClient CreateTableClient(TableStorageClientOptions? options = null) => _sharedKey is not null
        ? new TableStorageClient(TableEndpoint, _sharedKey, options)
        : new TableStorageClient(TableEndpoint, _tokenCredential!, options);

    public QueueStorageClient CreateQueueClient(QueueStorageClientOptions? options = null) => _sharedKey is not null
        ? new QueueStorageClient(QueueEndpoint, _sharedKey, options)
        : new QueueStorageClient(QueueEndpoint, _tokenCredential!, options);

    /// <summary>Path-style (IP or localhost: first path segment) or host-style (first DNS label).</summary>
    private static string AccountNameOf(Uri endpoint)
    {
        bool pathStyle = endpoint.IsLoopback || IPAddress.TryParse(endpoint.Host, out _);
        string name = pathStyle
            ? endpoint.AbsolutePath.Trim('/').Split('/')[0]
            : endpoint.Host.Split('.')[0];
        return name.Length > 0 ? name : throw new ArgumentException("The account name cannot be derived from the service URI.", nameof(endpoint));
    }
}
