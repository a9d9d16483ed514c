using Azure;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Xunit;

namespace Intake.Functions.Tests.Storage;

/// <summary>The clients are subclassable: a test double can fail chosen calls and pass the rest to Azurite.</summary>
public sealed class FaultInjectionTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Subclass_FailingFirstInsert_PassesLaterCallsToAzurite()
    {
        var client = new FlakyTableClient(azurite);
        string table = AzuriteFixture.UniqueTableName();
        await client.CreateTableIfNotExistsAsync(table, Ct);

        await Assert.ThrowsAsync<RequestFailedException>(() => client.InsertEntityAsync(table, new TableEntity("p", "r"), Ct));
        await client.InsertEntityAsync(table, new TableEntity("p", "r"), Ct);

        Assert.NotNull(await client.GetEntityAsync(table, "p", "r", Ct));
    }

    private sealed class FlakyTableClient(AzuriteFixture azurite)
        : TableStorageClient(azurite.Account.TableEndpoint, new StorageSharedKeyCredential("devstoreaccount1", RecordingClients.DevKey))
    {
        private int _inserts;

        public override Task<string> InsertEntityAsync(string tableName, TableEntity entity, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _inserts) == 1
                ? throw new RequestFailedException(503, "injected", "ServerBusy", null)
                : base.InsertEntityAsync(tableName, entity, cancellationToken);
    }
}
