using Azure;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Xunit;

namespace Intake.Functions.Tests.Storage;

/// <summary>Behaviour against a real Azurite.</summary>
public sealed class QueueStorageClientTests(AzuriteFixture azurite)
{
    private readonly QueueStorageClient _client = azurite.Account.CreateQueueClient();
    private readonly string _queue = AzuriteFixture.UniqueQueueName();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateQueueIfNotExists_Twice_IsIdempotent()
    {
        await _client.CreateQueueIfNotExistsAsync(_queue, Ct);
        await _client.CreateQueueIfNotExistsAsync(_queue, Ct);
        await _client.DeleteQueueAsync(_queue, Ct);
        await _client.DeleteQueueAsync(_queue, Ct);
    }

    [Fact]
    public async Task SendReceiveDelete_OneMessage_RoundTripsTextAndEmptiesQueue()
    {
        await _client.CreateQueueIfNotExistsAsync(_queue, Ct);
        const string text = """{"ärende":"<Åsa & co>"}""";

        SendReceipt sent = await _client.SendMessageAsync(_queue, text, cancellationToken: Ct);
        QueueMessage received = Assert.Single(await _client.ReceiveMessagesAsync(_queue, 32, TimeSpan.FromSeconds(30), Ct));
        await _client.DeleteMessageAsync(_queue, received.MessageId, received.PopReceipt, Ct);

        Assert.Equal((sent.MessageId, text, 1L), (received.MessageId, received.MessageText, received.DequeueCount));
        Assert.True(received.NextVisibleOn > received.InsertionTime);
        Assert.Empty(await _client.PeekMessagesAsync(_queue, 32, Ct));
        Assert.Equal(0, await _client.GetApproximateMessageCountAsync(_queue, Ct));
    }

    [Fact]
    public async Task Receive_AfterVisibilityLapses_DequeueCountRisesAndOldReceiptFails()
    {
        await _client.CreateQueueIfNotExistsAsync(_queue, Ct);
        await _client.SendMessageAsync(_queue, "again", cancellationToken: Ct);

        QueueMessage first = Assert.Single(await _client.ReceiveMessagesAsync(_queue, 1, TimeSpan.FromSeconds(1), Ct));
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        QueueMessage second = Assert.Single(await _client.ReceiveMessagesAsync(_queue, 1, TimeSpan.FromSeconds(30), Ct));

        var mismatch = await Assert.ThrowsAsync<RequestFailedException>(
            () => _client.DeleteMessageAsync(_queue, first.MessageId, first.PopReceipt, Ct));
        await _client.DeleteMessageAsync(_queue, second.MessageId, second.PopReceipt, Ct);
        var gone = await Assert.ThrowsAsync<RequestFailedException>(
            () => _client.DeleteMessageAsync(_queue, first.MessageId, first.PopReceipt, Ct));

        Assert.Equal((1L, 2L), (first.DequeueCount, second.DequeueCount));
        Assert.Equal((400, "PopReceiptMismatch"), (mismatch.Status, mismatch.ErrorCode));
        Assert.Equal((404, "MessageNotFound"), (gone.Status, gone.ErrorCode));
    }

    [Fact]
    public async Task UpdateVisibility_ToZero_MakesMessageVisibleWithNewReceipt()
    {
        await _client.CreateQueueIfNotExistsAsync(_queue, Ct);
        await _client.SendMessageAsync(_queue, "lease", cancellationToken: Ct);
        QueueMessage received = Assert.Single(await _client.ReceiveMessagesAsync(_queue, 1, TimeSpan.FromMinutes(5), Ct));

        Assert.Empty(await _client.PeekMessagesAsync(_queue, 1, Ct));
        string receipt = await _client.UpdateVisibilityAsync(_queue, received.MessageId, received.PopReceipt, TimeSpan.Zero, Ct);
        PeekedMessage peeked = Assert.Single(await _client.PeekMessagesAsync(_queue, 1, Ct));

        Assert.NotEqual(received.PopReceipt, receipt);
        Assert.Equal(("lease", 1L), (peeked.MessageText, peeked.DequeueCount));
        await Assert.ThrowsAsync<RequestFailedException>(
            () => _client.DeleteMessageAsync(_queue, received.MessageId, received.PopReceipt, Ct));
        await _client.DeleteMessageAsync(_queue, received.MessageId, receipt, Ct);
    }

    [Fact]
    public async Task SendMessage_WithDelayAndTtl_IsHiddenThenCounted()
    {
        await _client.CreateQueueIfNotExistsAsync(_queue, Ct);

        await _client.SendMessageAsync(_queue, "later", TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), Ct);
        SendReceipt forever = await _client.SendMessageAsync(_queue, "now", cancellationToken: Ct);
        QueueMessage visible = Assert.Single(await _client.ReceiveMessagesAsync(_queue, 32, TimeSpan.FromSeconds(30), Ct));

        Assert.Equal((forever.MessageId, "now"), (visible.MessageId, visible.MessageText));
        Assert.True(visible.ExpiresOn is null || visible.ExpiresOn > DateTimeOffset.UtcNow.AddYears(100));
        Assert.Equal(2, await _client.GetApproximateMessageCountAsync(_queue, Ct));
    }

    [Fact]
    public async Task NoneEncoding_XmlSpecialCharacters_RoundTrip()
    {
        QueueStorageClient plain = azurite.Account.CreateQueueClient(new QueueStorageClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await plain.CreateQueueIfNotExistsAsync(_queue, Ct);

        await plain.SendMessageAsync(_queue, "<a & 'b' \"c\">", cancellationToken: Ct);

        Assert.Equal("<a & 'b' \"c\">", Assert.Single(await plain.PeekMessagesAsync(_queue, 1, Ct)).MessageText);
    }

    [Fact]
    public async Task SendMessage_MissingQueue_Throws404QueueNotFound()
    {
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => _client.SendMessageAsync(_queue, "x", cancellationToken: Ct));

        Assert.Equal((404, "QueueNotFound"), (ex.Status, ex.ErrorCode));
    }
}
