using Azure;
using Intake.Functions.Storage;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// The real queue client with one injected fault: the first <see cref="Failures"/> sends that match
/// <see cref="FailSend"/> throw as a dying process would, after (or before) really sending.
/// </summary>
internal sealed class FaultyQueueClient(QueueStorageClient inner, Func<string, bool> failSend, bool failAfterSending = false) : QueueStorageClient
{
    private int failures;

    public int Failures { get; init; } = 1;

    public Func<string, bool> FailSend { get; } = failSend;

    public int InjectedFailures => failures;

    public override async Task<SendReceipt> SendMessageAsync(string queueName, string messageText, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        var fail = FailSend(queueName) && Interlocked.Increment(ref failures) <= Failures;
        if (fail && !failAfterSending)
        {
            throw new RequestFailedException(500, "Injected failure before sending.");
        }

        var receipt = await inner.SendMessageAsync(queueName, messageText, visibilityDelay, timeToLive, cancellationToken);
        return fail ? throw new InvalidOperationException("Injected crash after sending.") : receipt;
    }

    public override Task CreateQueueIfNotExistsAsync(string queueName, CancellationToken cancellationToken = default) => inner.CreateQueueIfNotExistsAsync(queueName, cancellationToken);

    public override Task DeleteQueueAsync(string queueName, CancellationToken cancellationToken = default) => inner.DeleteQueueAsync(queueName, cancellationToken);

    public override Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(string queueName, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
        inner.ReceiveMessagesAsync(queueName, maxMessages, visibilityTimeout, cancellationToken);

    public override Task<IReadOnlyList<PeekedMessage>> PeekMessagesAsync(string queueName, int maxMessages, CancellationToken cancellationToken = default) =>
        inner.PeekMessagesAsync(queueName, maxMessages, cancellationToken);

    public override Task DeleteMessageAsync(string queueName, string messageId, string popReceipt, CancellationToken cancellationToken = default) =>
        inner.DeleteMessageAsync(queueName, messageId, popReceipt, cancellationToken);

    public override Task<string> UpdateVisibilityAsync(string queueName, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
        inner.UpdateVisibilityAsync(queueName, messageId, popReceipt, visibilityTimeout, cancellationToken);

    public override Task<int> GetApproximateMessageCountAsync(string queueName, CancellationToken cancellationToken = default) =>
        inner.GetApproximateMessageCountAsync(queueName, cancellationToken);
}
