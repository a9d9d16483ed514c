using Intake.Functions.Functions;
using Azure.Data.Tables;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Flow;

/// <summary>Redelivery, crashes and failures never lose a submission and never make a second ticket.</summary>
public sealed class RoutingReliabilityTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Route_SameIntakeMessageDeliveredTwice_GivesOneTicketAndOneTeamMessage()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var id = await SubmitAsync(app, "support-request", "/api/support-requests");
        Assert.True(await RoutedAsync(storage, id));

        // The host's at-least-once delivery: the very same message comes again after routing finished.
        await storage.Queues.SendMessageAsync(storage.IntakeQueue, $"{{\"submissionId\":\"{id}\"}}", Ct);
        Assert.True(await storage.DrainedAsync(storage.IntakeQueue));

        Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        Assert.Single(await storage.MessagesAsync(storage.TeamQueue("team-vuxen")));
        Assert.Single(await storage.MessagesAsync(storage.EmailOutboxQueue));
    }

    [Fact]
    public async Task Route_CopiesOfOneIntakeMessageProcessedAtOnce_GiveOneTicketAndOneMessageOnEachQueue()
    {
        const int submissions = 5, copies = 4;
        var storage = new TestStorage(azurite);
        var rendezvous = new ConcurrentDictionary<string, Rendezvous>();
        var gathering = false;
        await using var app = new IntakeApp(
            storage,
            IntakeApp.WrapTables(storage, t => t.Name == storage.SubmissionsTable
                ? new GatheringTableClient(t, key => Volatile.Read(ref gathering) ? rendezvous.GetOrAdd(key, _ => new Rendezvous(copies)).ArriveAsync() : Task.CompletedTask)
                : t),
            TestStorage.RoutingOnly(new() { ["AzureWebJobs.RouteSubmission.Disabled"] = "true" }));
        var ids = new List<string>();
        for (var i = 0; i < submissions; i++)
        {
            // To Team Vuxen, with an e-mail address; each its own (the same answers twice would be one submission).
            var body = Samples.Numbered("support-request", i);
            var response = await app.Http.SendAsync(Samples.Post("/api/support-requests", Samples.Json(body)), Ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            ids.Add(receipt.RootElement.GetProperty("reference").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal));
        }

        // Every copy of a message has read its submission (still "received") before any of them goes on: all of them
        // are past the "already routed?" check together, as when a retried storage call and its original both land.
        Volatile.Write(ref gathering, true);
        var route = app.Services.GetServices<IQueueFunction>().Single(f => f.Name == QueueFunctions.RouteSubmission);
        await Task.WhenAll(ids.SelectMany(id => Enumerable.Range(1, copies).Select(copy =>
            Task.Run(() => route.RunAsync(new QueueDelivery($"{{\"submissionId\":\"{id}\"}}", $"copy-{copy}", 1, DateTimeOffset.UtcNow), Ct)))));

        Assert.All(ids, id => Assert.Equal(copies, rendezvous[id].Arrived));
        Assert.Equal(submissions, (await storage.EntitiesAsync(storage.TicketsTable)).Count);
        var teamMessages = (await storage.MessagesAsync(storage.TeamQueue("team-vuxen"))).Select(m => m.MessageText).ToList();
        var notices = (await storage.MessagesAsync(storage.TeamNoticesQueue)).Select(m => m.MessageText).ToList();
        var acknowledgements = (await storage.MessagesAsync(storage.EmailOutboxQueue)).Select(m => m.MessageText).ToList();
        foreach (var id in ids)
        {
            Assert.Single(teamMessages, m => m.Contains(id, StringComparison.Ordinal));
            Assert.Single(notices, m => m.Contains(id, StringComparison.Ordinal));
            Assert.Single(acknowledgements, m => m.Contains(id, StringComparison.Ordinal));
            Assert.Equal("routed", (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission", Ct))!.GetString("Status"));
        }
    }

    [Fact]
    public async Task Route_CrashAfterTicketInsertBeforeTeamMessage_RetriesToOneTicketAndOneMessage()
    {
        var storage = new TestStorage(azurite);
        FaultyQueueClient? faulty = null;
        await using var app = new IntakeApp(storage, IntakeApp.WrapQueues(storage, q =>
            q.Name == storage.TeamQueue("anhorigstod-nexus") ? faulty = new FaultyQueueClient(q) : q),
            extraSettings: TestStorage.RoutingOnly());

        var id = await SubmitAsync(app, "relative-support", "/api/relative-support-requests");

        Assert.True(await RoutedAsync(storage, id));
        Assert.True(faulty!.InjectedFailures >= 1, "the fault was never injected");
        Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        Assert.Single(await storage.MessagesAsync(storage.TeamQueue("anhorigstod-nexus")));
        Assert.Single(await storage.MessagesAsync(storage.EmailOutboxQueue));
    }

    [Fact]
    public async Task Route_CrashAfterTeamMessageBeforeMarkingIt_StillGivesOneTicket()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, IntakeApp.WrapQueues(storage, q =>
            q.Name == storage.TeamQueue("team-vuxen") ? new FaultyQueueClient(q, failAfterSending: true) : q),
            extraSettings: TestStorage.RoutingOnly());

        var id = await SubmitAsync(app, "concern-adult", "/api/concerns");

        Assert.True(await RoutedAsync(storage, id));
        Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));

        // The team message itself is at-least-once: a crash between sending it and recording it repeats it. The
        // ticket id in it is the same, so the consumer can tell (documented in docs/decisions/0003).
        var messages = await storage.MessagesAsync(storage.TeamQueue("team-vuxen"));
        Assert.InRange(messages.Count, 1, 2);
        Assert.All(messages, m => Assert.Contains(id, m.MessageText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Route_MessageThatAlwaysFails_LandsInPoisonAfterExactlyFiveTries()
    {
        var storage = new TestStorage(azurite);
        var tries = 0;
        await using var app = new IntakeApp(storage, IntakeApp.WrapQueueFunction<RouteSubmissionFunction>(() => Interlocked.Increment(ref tries)));
        var poison = StorageNames.PoisonQueueOf(storage.IntakeQueue);

        // A message for a submission that does not exist fails on every try.
        await storage.Queues.SendMessageAsync(storage.IntakeQueue, "{\"submissionId\":\"NOSUCHSUBMISSN\"}", Ct);

        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(poison)).Count == 1, TimeSpan.FromSeconds(30)));
        Assert.True(await storage.DrainedAsync(storage.IntakeQueue));  // gone from intake: no further try can come
        Assert.Equal(5, Volatile.Read(ref tries));
        Assert.Empty(await storage.MessagesAsync(storage.IntakeQueue));
        var poisoned = Assert.Single(await storage.MessagesAsync(poison));
        Assert.Equal("{\"submissionId\":\"NOSUCHSUBMISSN\"}", poisoned.MessageText);
        Assert.Empty(await storage.EntitiesAsync(storage.TicketsTable));
    }

    [Fact]
    public async Task Submit_WhenQueueingFails_IsStillAcceptedAndTheRedriveRoutesIt()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(
            storage,
            IntakeApp.WrapQueues(storage, q => q.Name == storage.IntakeQueue ? new FaultyQueueClient(q) : q),
            TestStorage.RoutingOnly(new() { ["Redrive:MinAge"] = "00:00:00" }));

        var id = await SubmitAsync(app, "concern-adult", "/api/concerns");
        Assert.Empty(await storage.MessagesAsync(storage.IntakeQueue));
        Assert.Equal("received", (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission", Ct))!.GetString("Status"));

        var redrive = app.Services.GetServices<ITimerFunction>().Single(f => f.Name == TimerFunctions.RedriveSubmissions);
        await redrive.RunAsync(Ct);

        Assert.True(await RoutedAsync(storage, id));
        Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
    }

    [Fact]
    public async Task Redrive_LeavesFreshAndRoutedSubmissionsAlone()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var id = await SubmitAsync(app, "concern-adult", "/api/concerns");
        Assert.True(await RoutedAsync(storage, id));
        await storage.Tables.UpsertEntityAsync(storage.SubmissionsTable, new TableEntity("FRESHONE2345", "submission")
        {
            ["Kind"] = "concern", ["Status"] = "received", ["ReceivedAt"] = DateTimeOffset.UtcNow, ["Answers"] = "{}",
        }, TableUpdateMode.Replace, Ct);

        var redrive = app.Services.GetServices<ITimerFunction>().Single(f => f.Name == TimerFunctions.RedriveSubmissions);
        await redrive.RunAsync(Ct);

        Assert.Empty(await storage.MessagesAsync(storage.IntakeQueue));
        Assert.Null((await storage.Tables.GetEntityAsync(storage.SubmissionsTable, "FRESHONE2345", "submission", Ct))!.GetInt32("RedriveCount"));
    }

    /// <summary>Completes once <paramref name="expected"/> callers have arrived (every copy is at the same point).</summary>
    private sealed class Rendezvous(int expected)
    {
        private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int arrived;

        public int Arrived => Volatile.Read(ref arrived);

        public Task ArriveAsync()
        {
            if (Interlocked.Increment(ref arrived) >= expected)
            {
                all.TrySetResult();
            }

            return all.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        }
    }

    /// <summary>After each read of a row, waits for <paramref name="arrive"/> (keyed by the row's partition key).</summary>
    private sealed class GatheringTableClient(TableClient inner, Func<string, Task> arrive) : DelegatingTableClient(inner)
    {
        public override async Task<Azure.Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        {
            var row = await Inner.GetEntityAsync<T>(partitionKey, rowKey, select, cancellationToken);
            await arrive(partitionKey);
            return row;
        }
    }

    internal static async Task<string> SubmitAsync(IntakeApp app, string sample, string route)
    {
        var response = await app.Http.SendAsync(Samples.Post(route, Samples.Json(Samples.Read(sample))), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return receipt.RootElement.GetProperty("reference").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
    }

    internal static Task<bool> RoutedAsync(TestStorage storage, string id) =>
        TestStorage.EventuallyAsync(async () =>
            (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission"))?.GetString("Status") == "routed");
}
