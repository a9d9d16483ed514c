using Azure;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Xunit;

namespace Intake.Functions.Tests.Storage;

/// <summary>A private Azurite that is stopped and restarted, so the shared one is not disturbed.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _azurite.InitializeAsync();

    public async ValueTask DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task Clients_WhileAzuriteIsDown_ThrowRequestFailedStatusZeroThenRecover()
    {
        // One retry keeps the test quick; exhausting any number of retries takes the same path.
        var queueOptions = new QueueStorageClientOptions();
        var tableOptions = new TableStorageClientOptions();
        queueOptions.Retry.MaxRetries = tableOptions.Retry.MaxRetries = 1;
        QueueStorageClient queues = _azurite.Account.CreateQueueClient(queueOptions);
        TableStorageClient tables = _azurite.Account.CreateTableClient(tableOptions);
        string queue = AzuriteFixture.UniqueQueueName();
        await queues.CreateQueueIfNotExistsAsync(queue, Ct);

        await _azurite.StopAsync();
        var queueDown = await Assert.ThrowsAsync<RequestFailedException>(() => queues.SendMessageAsync(queue, "x", cancellationToken: Ct));
        var tableDown = await Assert.ThrowsAsync<RequestFailedException>(() => tables.GetEntityAsync("orders", "p", "r", Ct));
        await _azurite.StartAsync();
        await queues.CreateQueueIfNotExistsAsync(queue, Ct);
        await queues.SendMessageAsync(queue, "back", cancellationToken: Ct);

        Assert.Equal((0, 0), (queueDown.Status, tableDown.Status));
        Assert.Equal(1, await queues.GetApproximateMessageCountAsync(queue, Ct));
    }
}
