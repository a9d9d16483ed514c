using System.Net;
using System.Text;
using System.Text.Json;
using Intake.Functions.Functions;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Functions.Tests.Flow;

/// <summary>
/// Conversation state is kept for a day of silence (<c>Bot:ConversationRetention</c>): after that the bot starts
/// afresh and <c>PurgeConversations</c> deletes the row, but never one that a new turn revived.
/// </summary>
public sealed class ConversationRetentionTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan MoreThanADay = TimeSpan.FromHours(25);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Purge_ConversationSilentForMoreThanADay_IsDeletedAndARecentOneIsKept()
    {
        await using var channel = await ChannelStub.StartAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var storage = new TestStorage(azurite);
        await using var app = Start(storage, clock);

        await SayAsync(app, channel, "conv-old", "old-1", "jag vill ansöka om stöd");
        clock.Advance(TimeSpan.FromHours(20));
        await SayAsync(app, channel, "conv-recent", "recent-1", "jag vill ansöka om stöd");
        var recentAt = clock.Now;
        clock.Advance(TimeSpan.FromHours(5));  // old: 25 h of silence; recent: 5 h
        Assert.Equal(2, (await storage.EntitiesAsync(storage.ConversationsTable)).Count);

        await Purge(app).RunAsync(Ct);

        var left = Assert.Single(await storage.EntitiesAsync(storage.ConversationsTable));
        Assert.Equal(recentAt, left.GetDateTimeOffset("UpdatedAt"));
    }

    [Fact]
    public async Task Turn_AfterMoreThanADayOfSilence_GreetsAgainAndForgetsTheEarlierAnswers()
    {
        await using var channel = await ChannelStub.StartAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var storage = new TestStorage(azurite);
        await using var app = Start(storage, clock);
        var first = await SayAsync(app, channel, "conv-1", "a1", "jag vill ansöka om stöd");
        await SayAsync(app, channel, "conv-1", "a2", "Bo Berg");
        Assert.Contains("Bo Berg", StateOf(Assert.Single(await storage.EntitiesAsync(storage.ConversationsTable))), StringComparison.Ordinal);

        clock.Advance(MoreThanADay);
        var again = await SayAsync(app, channel, "conv-1", "a3", "jag vill ansöka om stöd");

        Assert.StartsWith("Hej!", again[0], StringComparison.Ordinal);
        Assert.Equal(first, again);  // the greeting and the first question again: nothing carried over
        var row = Assert.Single(await storage.EntitiesAsync(storage.ConversationsTable));  // the same row, replaced
        Assert.DoesNotContain("Bo Berg", StateOf(row), StringComparison.Ordinal);
        Assert.Equal(clock.Now, row.GetDateTimeOffset("UpdatedAt"));
    }

    [Fact]
    public async Task Turn_OneSecondWithinTheRetention_ContinuesTheConversation()
    {
        await using var channel = await ChannelStub.StartAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var storage = new TestStorage(azurite);
        await using var app = Start(storage, clock, new() { ["Bot:ConversationRetention"] = "02:00:00" });
        await SayAsync(app, channel, "conv-1", "a1", "jag vill ansöka om stöd");
        await SayAsync(app, channel, "conv-1", "a2", "Bo Berg");

        clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        var replies = await SayAsync(app, channel, "conv-1", "a3", "hoppa över");
        await Purge(app).RunAsync(Ct);

        Assert.DoesNotContain(replies, r => r.StartsWith("Hej!", StringComparison.Ordinal));
        Assert.Contains("Bo Berg", StateOf(Assert.Single(await storage.EntitiesAsync(storage.ConversationsTable))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_ConversationRevivedBetweenQueryAndDelete_IsKept()
    {
        await using var channel = await ChannelStub.StartAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var storage = new TestStorage(azurite);
        Func<string, Task>? beforeDelete = null;
        await using var app = Start(storage, clock, configure: IntakeApp.WrapTables(storage, t => new HookedTableClient(
            t,
            beforeDelete: (table, _) => table == storage.ConversationsTable && beforeDelete is not null ? beforeDelete(table) : Task.CompletedTask)));
        await SayAsync(app, channel, "conv-revived", "r1", "jag vill ansöka om stöd");
        await SayAsync(app, channel, "conv-gone", "g1", "jag vill ansöka om stöd");
        clock.Advance(MoreThanADay);

        // The purge has read both rows; before its first delete the person in conv-revived writes again.
        var revived = 0;
        beforeDelete = async _ =>
        {
            if (Interlocked.Exchange(ref revived, 1) == 0)
            {
                await SayAsync(app, channel, "conv-revived", "r2", "jag vill ansöka om stöd");
            }
        };
        await Purge(app).RunAsync(Ct);

        Assert.Equal(1, revived);
        var left = Assert.Single(await storage.EntitiesAsync(storage.ConversationsTable));
        Assert.Equal(clock.Now, left.GetDateTimeOffset("UpdatedAt"));
        Assert.Contains("\"r2\"", left.GetString("ActivityIds"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turn_WhenThePurgeDeletesTheRowDuringTheTurn_StartsAfreshAndAnswers()
    {
        await using var channel = await ChannelStub.StartAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var storage = new TestStorage(azurite);
        var armed = false;
        var purgedOnce = 0;
        await using var app = Start(storage, clock, configure: IntakeApp.WrapTables(storage, t => new HookedTableClient(
            t,
            beforeUpdate: async (table, entity) =>
            {
                // The turn has loaded the expired row; the purge deletes it before the turn writes.
                if (table == storage.ConversationsTable && Volatile.Read(ref armed) && Interlocked.Exchange(ref purgedOnce, 1) == 0)
                {
                    await storage.Tables.DeleteEntityAsync(table, entity.PartitionKey, entity.RowKey, Ct);
                }
            })));
        await SayAsync(app, channel, "conv-1", "a1", "jag vill ansöka om stöd");
        await SayAsync(app, channel, "conv-1", "a2", "Bo Berg");
        clock.Advance(MoreThanADay);
        Volatile.Write(ref armed, true);

        var replies = await SayAsync(app, channel, "conv-1", "a3", "hej");

        Assert.Equal(1, purgedOnce);
        Assert.StartsWith("Hej!", replies[0], StringComparison.Ordinal);
        var row = Assert.Single(await storage.EntitiesAsync(storage.ConversationsTable));
        Assert.DoesNotContain("Bo Berg", StateOf(row), StringComparison.Ordinal);
    }

    private static IntakeApp Start(
        TestStorage storage, TestClock clock, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        // The timer itself is off: each test runs the purge when it means to.
        var more = new Dictionary<string, string?> { ["AzureWebJobs.PurgeConversations.Disabled"] = "true" };
        foreach (var (key, value) in settings ?? [])
        {
            more[key] = value;
        }

        return new IntakeApp(
            storage,
            services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
                configure?.Invoke(services);
            },
            TestStorage.RoutingOnly(more));
    }

    private static ITimerFunction Purge(IntakeApp app) =>
        app.Services.GetServices<ITimerFunction>().Single(f => f.Name == "PurgeConversations");

    /// <summary>One turn; returns the texts of the messages the bot sent for it.</summary>
    private static async Task<List<string>> SayAsync(IntakeApp app, ChannelStub channel, string conversation, string id, string text)
    {
        var before = channel.Texts.Count;
        using var content = new StringContent(JsonSerializer.Serialize(new
        {
            type = "message", id, channelId = "emulator", serviceUrl = channel.ServiceUrl.ToString().TrimEnd('/'), locale = "sv-SE", text,
            from = new { id = "user-1" }, conversation = new { id = conversation },
        }), Encoding.UTF8, "application/json");
        var response = await app.Http.PostAsync("/api/messages", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. channel.Texts.Skip(before)];
    }

    private static string StateOf(Azure.Data.Tables.TableEntity row) => row.GetString("State")!;

    /// <summary>The real table client, with a hook before each delete or update (to act out a concurrent writer).</summary>
    private sealed class HookedTableClient(
        Azure.Data.Tables.TableClient inner,
        Func<string, Azure.Data.Tables.ITableEntity, Task>? beforeUpdate = null,
        Func<string, string, Task>? beforeDelete = null) : DelegatingTableClient(inner)
    {
        public override async Task<Azure.Response> UpdateEntityAsync<T>(
            T entity, Azure.ETag ifMatch, Azure.Data.Tables.TableUpdateMode mode = Azure.Data.Tables.TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        {
            if (beforeUpdate is not null)
            {
                await beforeUpdate(Name, entity);
            }

            return await Inner.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken);
        }

        public override async Task<Azure.Response> DeleteEntityAsync(
            string partitionKey, string rowKey, Azure.ETag ifMatch = default, CancellationToken cancellationToken = default)
        {
            if (beforeDelete is not null)
            {
                await beforeDelete(Name, partitionKey);
            }

            return await Inner.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken);
        }
    }
}
