using Azure;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Xunit;

namespace Intake.Functions.Tests.Storage;

/// <summary>Behaviour against a real Azurite.</summary>
public sealed class TableStorageClientTests(AzuriteFixture azurite)
{
    private readonly TableStorageClient _client = azurite.Account.CreateTableClient();
    private readonly string _table = AzuriteFixture.UniqueTableName();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateTableIfNotExists_Twice_IsIdempotent()
    {
        await _client.CreateTableIfNotExistsAsync(_table, Ct);
        await _client.CreateTableIfNotExistsAsync(_table, Ct);
        await _client.DeleteTableAsync(_table, Ct);
        await _client.DeleteTableAsync(_table, Ct);
    }

    [Fact]
    public async Task InsertEntity_DuplicateKey_Throws409EntityAlreadyExists()
    {
        await _client.CreateTableIfNotExistsAsync(_table, Ct);
        string etag = await _client.InsertEntityAsync(_table, new TableEntity("p", "r") { ["Name"] = "Anna" }, Ct);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => _client.InsertEntityAsync(_table, new TableEntity("p", "r") { ["Name"] = "Anna" }, Ct));

        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal((409, "EntityAlreadyExists"), (ex.Status, ex.ErrorCode));
        Assert.DoesNotContain("Anna", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEntity_ExistingAndMissing_ReturnsEntityWithETagOrNull()
    {
        await _client.CreateTableIfNotExistsAsync(_table, Ct);
        string etag = await _client.InsertEntityAsync(_table, new TableEntity("O'Brien", "a b&c=d+ä%") { ["Qty"] = 1 }, Ct);

        TableEntity? found = await _client.GetEntityAsync(_table, "O'Brien", "a b&c=d+ä%", Ct);
        TableEntity? missing = await _client.GetEntityAsync(_table, "O'Brien", "nope", Ct);

        Assert.NotNull(found);
        Assert.Equal(("O'Brien", "a b&c=d+ä%", etag, 1), (found.PartitionKey, found.RowKey, found.ETag, found.GetInt32("Qty")));
        Assert.NotNull(found.Timestamp);
        Assert.Null(missing);
    }

    [Fact]
    public async Task GetEntity_MissingTable_Throws()
    {
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => _client.GetEntityAsync(_table, "p", "r", Ct));

        Assert.Equal(404, ex.Status);
    }

    [Fact]
    public async Task UpdateEntity_MergeReplaceAndStaleETag_BehaveAsDocumented()
    {
        await _client.CreateTableIfNotExistsAsync(_table, Ct);
        string first = await _client.InsertEntityAsync(_table, new TableEntity("p", "r") { ["A"] = 1, ["B"] = "b" }, Ct);

        string merged = await _client.UpdateEntityAsync(_table, new TableEntity("p", "r") { ["A"] = 2 }, first, TableUpdateMode.Merge, Ct);
        TableEntity afterMerge = (await _client.GetEntityAsync(_table, "p", "r", Ct))!;
        string replaced = await _client.UpdateEntityAsync(_table, new TableEntity("p", "r") { ["C"] = true }, merged, TableUpdateMode.Replace, Ct);
        TableEntity afterReplace = (await _client.GetEntityAsync(_table, "p", "r", Ct))!;
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => _client.UpdateEntityAsync(
            _table, new TableEntity("p", "r") { ["A"] = 3 }, first, TableUpdateMode.Merge, Ct));

        Assert.Equal((2, "b"), (afterMerge.GetInt32("A"), afterMerge.GetString("B")));
        Assert.Equal(["C"], afterReplace.Properties.Keys);
        Assert.Equal(replaced, afterReplace.ETag);
        Assert.Equal((412, "UpdateConditionNotSatisfied"), (stale.Status, stale.ErrorCode));
    }

    [Fact]
    public async Task UpsertAndDelete_WithStaleETagThenStar_DeletesOnce()
    {
        await _client.CreateTableIfNotExistsAsync(_table, Ct);
        string first = await _client.UpsertEntityAsync(_table, new TableEntity("p", "r") { ["A"] = 1 }, TableUpdateMode.Merge, Ct);
        await _client.UpsertEntityAsync(_table, new TableEntity("p", "r") { ["A"] = 2 }, TableUpdateMode.Replace, Ct);

        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => _client.DeleteEntityAsync(_table, "p", "r", first, Ct));
        await _client.DeleteEntityAsync(_table, "p", "r", cancellationToken: Ct);
        await _client.DeleteEntityAsync(_table, "p", "r", cancellationToken: Ct);

        Assert.Equal(412, stale.Status);
        Assert.Null(await _client.GetEntityAsync(_table, "p", "r", Ct));
    }

    [Fact]
    public async Task Query_MoreRowsThanTop_FollowsContinuation()
    {
        await _client.CreateTableIfNotExistsAsync(_table, Ct);
        for (int i = 0; i < 7; i++)
        {
            await _client.InsertEntityAsync(_table, new TableEntity(i < 4 ? "a" : "b", $"r{i}") { ["N"] = i }, Ct);
        }

        TableQueryPage firstPage = await _client.QueryPageAsync(_table, top: 3, cancellationToken: Ct);
        var all = new List<TableEntity>();
        await foreach (TableEntity entity in _client.QueryAsync(_table, TableFilter.GreaterThanOrEqual("N", 1), ["N"], 2, Ct))
        {
            all.Add(entity);
        }

        Assert.Equal(3, firstPage.Entities.Count);
        Assert.NotNull(firstPage.Continuation);
        Assert.Equal([1, 2, 3, 4, 5, 6], all.Select(e => e.GetInt32("N")!.Value).Order());
        Assert.All(all, e => Assert.NotNull(e.ETag));
    }

    [Fact]
    public async Task InsertAndGet_EveryValueType_RoundTrips()
    {
        await _client.CreateTableIfNotExistsAsync(_table, Ct);
        var at = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "Åsa O'Brien <&> \"quoted\"",
            ["Flag"] = false,
            ["Small"] = -42,
            ["Big"] = long.MaxValue,
            ["Ratio"] = 2.0,
            ["Pi"] = 3.14159,
            ["At"] = at,
            ["AtUtc"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            ["Id"] = id,
            ["Blob"] = new byte[] { 0, 1, 254, 255 },
        };

        await _client.InsertEntityAsync(_table, entity, Ct);
        TableEntity read = (await _client.GetEntityAsync(_table, "p", "r", Ct))!;

        Assert.Equal("Åsa O'Brien <&> \"quoted\"", read.GetString("Text"));
        Assert.Equal(false, read.GetBoolean("Flag"));
        Assert.Equal(-42, read.GetInt32("Small"));
        Assert.Equal(long.MaxValue, read.GetInt64("Big"));
        Assert.Equal(2.0, read.GetDouble("Ratio"));
        Assert.IsType<double>(read["Ratio"]);
        Assert.Equal(3.14159, read.GetDouble("Pi"));
        Assert.Equal(at, read.GetDateTimeOffset("At"));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), read.GetDateTimeOffset("AtUtc"));
        Assert.Equal(id, read.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, read.GetBinary("Blob"));
        Assert.Equal(entity.Properties.Keys.Order(), read.Properties.Keys.Order());
    }
}
