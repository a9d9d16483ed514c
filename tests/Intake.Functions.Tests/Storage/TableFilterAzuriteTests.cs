using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Xunit;

namespace Intake.Functions.Tests.Storage;

/// <summary>Filters built by <see cref="TableFilter"/>, run against Azurite.</summary>
public sealed class TableFilterAzuriteTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.Parse("c9da6455-213d-42c9-9a79-3e9149a57833");
    private readonly TableStorageClient _client = azurite.Account.CreateTableClient();
    private readonly string _table = AzuriteFixture.UniqueTableName("f");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, object> MatchingValues => new()
    {
        { "Text", "O'Brien" },
        { "Flag", true },
        { "Small", 7 },
        { "Big", 9007199254740993L },
        { "Ratio", 2.0 },
        { "At", At },
        { "Id", Id },
        { "Blob", new byte[] { 0x0A, 0xFF } },
    };

    [Theory]
    [MemberData(nameof(MatchingValues))]
    public async Task Query_EqualOnEveryValueType_FindsTheRowAndNotTheOther(string property, object value)
    {
        await SeedAsync();

        List<string> rows = await RowKeysAsync(TableFilter.Equal(property, value));

        Assert.Equal(["match"], rows);
    }

    [Fact]
    public async Task Query_InjectionAttemptInValue_CannotWidenTheQuery()
    {
        await SeedAsync();
        const string attack = "x' or PartitionKey ne '";

        List<string> escaped = await RowKeysAsync(TableFilter.Equal("RowKey", attack));
        TableQueryPage unescaped = await _client.QueryPageCoreAsync(
            _table, $"RowKey eq '{attack}'", select: null, top: null, continuation: null, Ct);

        Assert.Empty(escaped);
        Assert.Equal(2, unescaped.Entities.Count);
    }

    [Fact]
    public async Task Query_RangeOnDateTimeAndAnd_SelectsByTime()
    {
        await SeedAsync();

        List<string> rows = await RowKeysAsync(
            TableFilter.Equal("PartitionKey", "p").And(TableFilter.LessThan("At", At.AddMinutes(1))));

        Assert.Equal(["match"], rows);
    }

    private async Task SeedAsync()
    {
        await _client.CreateTableIfNotExistsAsync(_table, Ct);
        await _client.InsertEntityAsync(_table, Row("match", "O'Brien", true, 7, 9007199254740993L, 2.0, At, Id, [0x0A, 0xFF]), Ct);
        await _client.InsertEntityAsync(
            _table, Row("other", "OBrien", false, 8, 9007199254740992L, 2.5, At.AddDays(1), Guid.NewGuid(), [0x0A]), Ct);
    }

    private static TableEntity Row(
        string rowKey, string text, bool flag, int small, long big, double ratio, DateTimeOffset at, Guid id, byte[] blob) =>
        new("p", rowKey)
        {
            ["Text"] = text, ["Flag"] = flag, ["Small"] = small, ["Big"] = big, ["Ratio"] = ratio,
            ["At"] = at, ["Id"] = id, ["Blob"] = blob,
        };

    private async Task<List<string>> RowKeysAsync(TableFilter filter)
    {
        var rows = new List<string>();
        await foreach (TableEntity entity in _client.QueryAsync(_table, filter, cancellationToken: Ct))
        {
            rows.Add(entity.RowKey);
        }

        return rows;
    }
}
