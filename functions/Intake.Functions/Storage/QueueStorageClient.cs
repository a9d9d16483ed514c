using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Storage;

/// <summary>
/// Account-level client for Azure Queue storage (and Azurite) over the REST API. Every method takes the queue name.
/// Methods are virtual so tests can subclass to inject faults.
/// </summary>
public class QueueStorageClient
{
    private const int MaxBatch = 32;
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);
    private static readonly TimeSpan MaxTimeToLive = TimeSpan.FromSeconds(int.MaxValue);

    private readonly StorageServiceConnection _connection = null!;
    private readonly QueueMessageEncoding _encoding;

    /// <summary>For mocking and subclassing only.</summary>
    protected QueueStorageClient()
    {
    }

    public QueueStorageClient(Uri endpoint, StorageSharedKeyCredential credential, QueueStorageClientOptions? options = null)
        : this(endpoint, QueueSharedKey.Policy(credential), options)
    {
    }

    public QueueStorageClient(Uri endpoint, TokenCredential credential, QueueStorageClientOptions? options = null)
        : this(endpoint, StorageClientDefaults.BearerPolicy(credential), options)
    {
    }

    private QueueStorageClient(Uri endpoint, HttpPipelinePolicy authPolicy, QueueStorageClientOptions? options)
    {
        options ??= new QueueStorageClientOptions();
        _encoding = options.MessageEncoding;
        _connection = new StorageServiceConnection(
            endpoint, options, QueueStorageClientOptions.ApiVersion, options.TimeProvider, authPolicy);
    }

    public virtual async Task CreateQueueIfNotExistsAsync(string queueName, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = _connection.CreateMessage(RequestMethod.Put, "/" + QueueNaming.ValidateQueueName(queueName));
        await _connection.SendAsync(
            message, $"CreateQueue '{queueName}'", StorageErrors.CreatedOrAlreadyExists("QueueAlreadyExists"), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Deletes the queue; a queue that does not exist is not an error.</summary>
    public virtual async Task DeleteQueueAsync(string queueName, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = _connection.CreateMessage(RequestMethod.Delete, "/" + QueueNaming.ValidateQueueName(queueName));
        await _connection.SendAsync(message, $"DeleteQueue '{queueName}'", cancellationToken, 204, 404).ConfigureAwait(false);
    }

    /// <summary>Sends a message; without <paramref name="timeToLive"/> it never expires (messagettl=-1).</summary>
    public virtual async Task<SendReceipt> SendMessageAsync(
        string queueName,
        string messageText,
        TimeSpan? visibilityDelay = null,
        TimeSpan? timeToLive = null,
        CancellationToken cancellationToken = default)
    {
        byte[] body = QueueMessageXml.CreateBody(messageText, _encoding);
        using HttpMessage message = _connection.CreateMessage(RequestMethod.Post, MessagesPath(queueName));
        if (visibilityDelay is { } delay)
        {
            message.Request.Uri.AppendQuery(
                "visibilitytimeout", QueueNaming.Seconds(delay, TimeSpan.Zero, MaxVisibility, nameof(visibilityDelay)));
        }

        message.Request.Uri.AppendQuery("messagettl", timeToLive is { } ttl
            ? QueueNaming.Seconds(ttl, TimeSpan.FromSeconds(1), MaxTimeToLive, nameof(timeToLive))
            : "-1");
        message.Request.Headers.SetValue("Content-Type", "application/xml");
        message.Request.Content = RequestContent.Create(body);
        Response response = await _connection.SendAsync(
            message, $"SendMessage to '{queueName}'", cancellationToken, 201).ConfigureAwait(false);
        return QueueMessageXml.ReadMessages(response.Content).Select(QueueMessageXml.ToSendReceipt).Single();
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> (1-32), hiding them for <paramref name="visibilityTimeout"/>.</summary>
    public virtual async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(
        string queueName, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = _connection.CreateMessage(RequestMethod.Get, MessagesPath(queueName));
        message.Request.Uri.AppendQuery("numofmessages", BatchSize(maxMessages));
        message.Request.Uri.AppendQuery(
            "visibilitytimeout", QueueNaming.Seconds(visibilityTimeout, TimeSpan.FromSeconds(1), MaxVisibility, nameof(visibilityTimeout)));
        Response response = await _connection.SendAsync(
            message, $"ReceiveMessages from '{queueName}'", cancellationToken, 200).ConfigureAwait(false);
        return QueueMessageXml.ReadMessages(response.Content).Select(m => QueueMessageXml.ToQueueMessage(m, _encoding)).ToList();
    }

    /// <summary>Looks at up to <paramref name="maxMessages"/> (1-32) visible messages without changing them.</summary>
    public virtual async Task<IReadOnlyList<PeekedMessage>> PeekMessagesAsync(
        string queueName, int maxMessages, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = _connection.CreateMessage(RequestMethod.Get, MessagesPath(queueName));
        message.Request.Uri.AppendQuery("peekonly", "true");
        message.Request.Uri.AppendQuery("numofmessages", BatchSize(maxMessages));
        Response response = await _connection.SendAsync(
            message, $"PeekMessages from '{queueName}'", cancellationToken, 200).ConfigureAwait(false);
        return QueueMessageXml.ReadMessages(response.Content).Select(m => QueueMessageXml.ToPeekedMessage(m, _encoding)).ToList();
    }

    /// <summary>Deletes a received message; a stale pop receipt fails with 404.</summary>
    public virtual async Task DeleteMessageAsync(
        string queueName, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        using HttpMessage message = _connection.CreateMessage(RequestMethod.Delete, QueueNaming.MessagePath(queueName, messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt);
        await _connection.SendAsync(message, $"DeleteMessage in '{queueName}'", cancellationToken, 204).ConfigureAwait(false);
    }

    /// <summary>Hides a received message for <paramref name="visibilityTimeout"/> more; returns the new pop receipt.</summary>
    public virtual async Task<string> UpdateVisibilityAsync(
        string queueName, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        using HttpMessage message = _connection.CreateMessage(RequestMethod.Put, QueueNaming.MessagePath(queueName, messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt);
        message.Request.Uri.AppendQuery(
            "visibilitytimeout", QueueNaming.Seconds(visibilityTimeout, TimeSpan.Zero, MaxVisibility, nameof(visibilityTimeout)));
        Response response = await _connection.SendAsync(
            message, $"UpdateMessage in '{queueName}'", cancellationToken, 204).ConfigureAwait(false);
        return response.Headers.TryGetValue("x-ms-popreceipt", out string? receipt)
            ? receipt
            : throw new InvalidOperationException("The response carried no pop receipt.");
    }

    public virtual async Task<int> GetApproximateMessageCountAsync(string queueName, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = _connection.CreateMessage(RequestMethod.Get, "/" + QueueNaming.ValidateQueueName(queueName));
        message.Request.Uri.AppendQuery("comp", "metadata");
        Response response = await _connection.SendAsync(
            message, $"GetQueueProperties '{queueName}'", cancellationToken, 200).ConfigureAwait(false);
        return response.Headers.TryGetValue("x-ms-approximate-messages-count", out string? count)
            ? int.Parse(count, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("The response carried no message count.");
    }

    private static string MessagesPath(string queueName) => $"/{QueueNaming.ValidateQueueName(queueName)}/messages";

    private static string BatchSize(int maxMessages) => maxMessages is >= 1 and <= MaxBatch
        ? maxMessages.ToString(CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(maxMessages), maxMessages, $"Between 1 and {MaxBatch}.");
}
