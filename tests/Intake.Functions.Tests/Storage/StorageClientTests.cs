using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Xunit;

namespace Intake.Functions.Tests.Storage;

/// <summary>The app's few ways of using the SDK clients (<see cref="StorageClientExtensions"/>), against Azurite.</summary>
public sealed class StorageClientTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.Parse("c9da6455-213d-42c9-9a79-3e9149a57833");
    private readonly TableClient _table = azurite.TableService().GetTableClient(AzuriteFixture.UniqueTableName("f"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Properties => new() { "Text", "Flag", "Small", "Big", "Ratio", "At", "Id" };

    [Theory]
    [MemberData(nameof(Properties))]
    public async Task Query_EqualOnEveryValueType_FindsTheRowAndNotTheOther(string property)
    {
        await SeedAsync();

        List<string> rows = await RowKeysAsync(property switch
        {
            "Text" => $"Text eq {"O'Brien"}",
            "Flag" => $"Flag eq {true}",
            "Small" => $"Small eq {7}",
            "Big" => $"Big eq {9007199254740993L}",
            "Ratio" => $"Ratio eq {2.0}",
            "At" => $"At eq {At}",
            _ => $"Id eq {Id}",
        });

        Assert.Equal(["match"], rows);
    }

    [Fact]
    public async Task Query_InjectionAttemptInValue_CannotWidenTheQuery()
    {
        await SeedAsync();
        const string attack = "x' or PartitionKey ne '";

        List<string> escaped = await RowKeysAsync($"RowKey eq {attack}");
#pragma warning disable RS0030 // The raw string the ban exists for: it widens the query to every row.
        var unescaped = await _table.QueryAsync<TableEntity>($"RowKey eq '{attack}'", cancellationToken: Ct).ToListAsync(Ct);
#pragma warning restore RS0030

        Assert.Empty(escaped);
        Assert.Equal(2, unescaped.Count);
    }

    [Fact]
    public async Task Query_RangeOnDateTime_SelectsByTime()
    {
        await SeedAsync();

        List<string> rows = await RowKeysAsync($"PartitionKey eq {"p"} and At lt {At.AddMinutes(1)}");

        Assert.Equal(["match"], rows);
    }

    [Fact]
    public async Task GetOrNull_MissingRowIsNull_MissingTableThrows()
    {
        var missingTable = await Assert.ThrowsAsync<RequestFailedException>(() => _table.GetOrNullAsync("p", "match", Ct));
        await SeedAsync();

        Assert.Equal((404, "TableNotFound"), (missingTable.Status, missingTable.ErrorCode));
        Assert.Null(await _table.GetOrNullAsync("p", "nobody", Ct));
        Assert.Equal("O'Brien", (await _table.GetOrNullAsync("p", "match", Ct))!.GetString("Text"));
    }

    [Fact]
    public async Task InsertAndUpdate_ReturnTheNewETag_AndAStaleOneIsRefused()
    {
        await _table.CreateIfNotExistsAsync(Ct);
        var first = await _table.InsertAsync(new TableEntity("p", "r") { ["N"] = 1, ["Unset"] = null }, Ct);
        var second = await _table.UpdateAsync(new TableEntity("p", "r") { ["N"] = 2 }, first, TableUpdateMode.Merge, Ct);

        var stale = await Assert.ThrowsAsync<RequestFailedException>(
            () => _table.UpdateAsync(new TableEntity("p", "r") { ["N"] = 3 }, first, TableUpdateMode.Merge, Ct));
        var conflict = await Assert.ThrowsAsync<RequestFailedException>(() => _table.InsertAsync(new TableEntity("p", "r"), Ct));
        var row = (await _table.GetOrNullAsync("p", "r", Ct))!;

        Assert.Equal((412, 409), (stale.Status, conflict.Status));
        Assert.Equal((2, second), (row.GetInt32("N"), row.ETag));
        Assert.False(row.ContainsKey("Unset"));
    }

    [Fact]
    public async Task Queue_MessageTheAppSends_IsReadBackAsTheQueueTriggerReadsIt_AndNeverExpires()
    {
        var name = AzuriteFixture.UniqueQueueName();
        var app = azurite.QueueService().GetQueueClient(name);
        await app.CreateIfNotExistsAsync(cancellationToken: Ct);
        const string text = """{"submissionId":"ÅÄÖ<&>"}""";

        await app.SendAsync(text, Ct);

        // host.json: extensions.queues.messageEncoding = base64, the trigger's default.
        var trigger = azurite.QueueService(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }).GetQueueClient(name);
        var raw = azurite.QueueService(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None }).GetQueueClient(name);
        var onTheWire = Assert.Single((await raw.PeekMessagesAsync(1, Ct)).Value);
        var message = Assert.Single((await trigger.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30), Ct)).Value);

        Assert.Equal(text, message.MessageText);
        Assert.Equal(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)), onTheWire.MessageText);
        Assert.True(message.ExpiresOn is null || message.ExpiresOn > DateTimeOffset.UtcNow.AddYears(100), $"expires {message.ExpiresOn}");
    }

    private async Task SeedAsync()
    {
        await _table.CreateIfNotExistsAsync(Ct);
        await _table.InsertAsync(Row("match", "O'Brien", true, 7, 9007199254740993L, 2.0, At, Id), Ct);
        await _table.InsertAsync(Row("other", "OBrien", false, 8, 9007199254740992L, 2.5, At.AddDays(1), Guid.NewGuid()), Ct);
    }

    private static TableEntity Row(string rowKey, string text, bool flag, int small, long big, double ratio, DateTimeOffset at, Guid id) =>
        new("p", rowKey)
        {
            ["Text"] = text, ["Flag"] = flag, ["Small"] = small, ["Big"] = big, ["Ratio"] = ratio, ["At"] = at, ["Id"] = id,
        };

    private async Task<List<string>> RowKeysAsync(FormattableString filter)
    {
        var rows = new List<string>();
        await foreach (TableEntity entity in _table.Query(filter, cancellationToken: Ct))
        {
            rows.Add(entity.RowKey);
        }

        return rows;
    }
}
