using Azure.Data.Tables;
using Azure.Storage.Queues;
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
    public async Task Clients_WhileAzuriteIsDown_FailAsAStorageOutageThenRecover()
    {
        // The app's retry settings, with one retry to keep the test quick: exhausting any number takes the same path.
        var tableOptions = new TableClientOptions();
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        StorageClientDefaults.ApplyRetryDefaults(tableOptions.Retry);
        StorageClientDefaults.ApplyRetryDefaults(queueOptions.Retry);
        tableOptions.Retry.MaxRetries = queueOptions.Retry.MaxRetries = 1;
        var queue = _azurite.QueueService(queueOptions).GetQueueClient(AzuriteFixture.UniqueQueueName());
        var table = _azurite.TableService(tableOptions).GetTableClient(AzuriteFixture.UniqueTableName());
        await queue.CreateIfNotExistsAsync(cancellationToken: Ct);

        await _azurite.StopAsync();
        var queueDown = await Record.ExceptionAsync(() => queue.SendAsync("x", Ct));
        var tableDown = await Record.ExceptionAsync(() => table.GetOrNullAsync("p", "r", Ct));
        await _azurite.StartAsync();
        await queue.CreateIfNotExistsAsync(cancellationToken: Ct);
        await queue.SendAsync("back", Ct);

        // The app answers 503 (never 500, never 202) exactly for what it classifies as a storage outage.
        Assert.True(StorageFailures.IsStorageFailure(queueDown!, Ct), queueDown?.GetType().Name);
        Assert.True(StorageFailures.IsStorageFailure(tableDown!, Ct), tableDown?.GetType().Name);
        Assert.Equal(1, (await queue.GetPropertiesAsync(Ct)).Value.ApproximateMessagesCount);
    }
}
