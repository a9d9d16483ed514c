using Azure.Storage.Queues;
using Azure.Data.Tables;
using System.Net;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Flow;

/// <summary>Edges of storing and queueing that could lose or double a submission.</summary>
public sealed class StoreAndQueueEdgeTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_InsertRetriedAfterItsAnswerWasLost_StoresOneSubmissionUnderTheReferenceGiven()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, IntakeApp.WrapTables(storage, t => new FaultyTableClient(
            t,
            async (inner, entity) =>
            {
                // What a retrying pipeline does when the first answer is lost: the write happened, the retry conflicts.
                await inner.AddEntityAsync(entity);
                return await inner.AddEntityAsync(entity);
            })));

        var id = await RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");

        var stored = Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Equal(id, stored.PartitionKey);
        Assert.True(await RoutingReliabilityTests.RoutedAsync(storage, id));
    }

    [Fact]
    public async Task Submit_StorageStalled_Every503IsNotStoredOrItsRetryGetsTheStoredReference_NoDuplicates()
    {
        const int senders = 8;
        var storage = new TestStorage(azurite);
        var stalled = true;
        var insert = 0;
        await using var app = new IntakeApp(storage, IntakeApp.WrapTables(storage, t => new FaultyTableClient(
            t,
            async (inner, entity) =>
            {
                if (!Volatile.Read(ref stalled) || inner.Name != storage.SubmissionsTable)
                {
                    return await inner.AddEntityAsync(entity);
                }

                // A stalled account: every try times out on the client; half of the writes land anyway, later.
                if (Interlocked.Increment(ref insert) % 2 == 0)
                {
                    await inner.AddEntityAsync(entity);
                }

                throw new AggregateException(new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout."));
            })));

        var bodies = Enumerable.Range(0, senders)
            .Select(i => Samples.Numbered("support-request", i))
            .ToList();
        var during = await Task.WhenAll(bodies.Select(body => PostAsync(app, body)));
        Assert.All(during, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));
        Assert.All(during, r => Assert.Contains("Skicka samma uppgifter igen", r.Body, StringComparison.Ordinal));
        var landed = await storage.EntitiesAsync(storage.SubmissionsTable);
        Assert.Equal(senders / 2, landed.Count);

        // Storage is back; every sender does as told and sends the same again.
        Volatile.Write(ref stalled, false);
        var after = await Task.WhenAll(bodies.Select(body => PostAsync(app, body)));

        Assert.All(after, r => Assert.Equal(HttpStatusCode.Accepted, r.Status));
        var stored = await storage.EntitiesAsync(storage.SubmissionsTable);
        Assert.Equal(senders, stored.Count);  // one each: no duplicates
        Assert.Equal(senders, after.Select(r => r.Reference).Distinct().Count());
        Assert.All(landed, row => Assert.Contains(row.PartitionKey, after.Select(r => r.Reference)));  // the stored ones were given back
    }

    private static async Task<(HttpStatusCode Status, string Body, string Reference)> PostAsync(IntakeApp app, string body)
    {
        var response = await app.Http.SendAsync(Samples.Post("/api/support-requests", Samples.Json(body)), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        using var json = System.Text.Json.JsonDocument.Parse(text);
        var reference = json.RootElement.TryGetProperty("reference", out var r) ? r.GetString()!.Replace("-", string.Empty, StringComparison.Ordinal) : string.Empty;
        return (response.StatusCode, text, reference);
    }

    [Fact]
    public async Task Submit_ReferenceAlreadyTaken_DrawsAnotherAndNeverOverwrites()
    {
        var storage = new TestStorage(azurite);
        string? taken = null;
        await using var app = new IntakeApp(storage, IntakeApp.WrapTables(storage, t => new FaultyTableClient(
            t,
            async (inner, entity) =>
            {
                if (inner.Name == storage.SubmissionsTable && taken is null)
                {
                    // Someone else's submission already holds the reference just drawn.
                    taken = entity.PartitionKey;
                    await inner.AddEntityAsync(new TableEntity(entity.PartitionKey, entity.RowKey) { ["Kind"] = "concern", ["Answers"] = "{}", ["Status"] = "routed" });
                }

                return await inner.AddEntityAsync(entity);
            })));

        var id = await RoutingReliabilityTests.SubmitAsync(app, "concern-adult", "/api/concerns");

        Assert.NotNull(taken);
        Assert.NotEqual(taken, id);
        var other = await storage.Tables.GetEntityAsync(storage.SubmissionsTable, taken!, "submission", Ct);
        Assert.Equal("{}", other!.GetString("Answers"));
        Assert.Equal(2, (await storage.EntitiesAsync(storage.SubmissionsTable)).Count);
    }

    [Fact]
    public async Task Route_MessageThatIsNotBase64_GoesToPoisonAndDoesNotBlockTheQueue()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var raw = storage.Azurite.QueueService(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None }).GetQueueClient(storage.IntakeQueue);
        await raw.SendMessageAsync("{not base64 at all}", cancellationToken: Ct);

        var id = await RoutingReliabilityTests.SubmitAsync(app, "concern-adult", "/api/concerns");

        Assert.True(await RoutingReliabilityTests.RoutedAsync(storage, id));
        var poison = StorageNames.PoisonQueueOf(storage.IntakeQueue);
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(poison)).Count == 1, TimeSpan.FromSeconds(30)));
        Assert.Equal("{not base64 at all}", (await storage.MessagesAsync(poison))[0].MessageText);
    }

    [Fact]
    public async Task Submit_UnexpectedError_Answers500InTheirLanguageWithoutInternals()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, IntakeApp.WrapTables(storage, t => new FaultyTableClient(
            t,
            (_, _) => throw new InvalidOperationException("SECRET-INTERNAL-DETAIL"))),
            environment: "Development");  // where ASP.NET would otherwise show its developer exception page

        foreach (var (language, expected) in new[] { ((string?)null, "Något gick fel hos oss."), ("en", "Something went wrong on our side.") })
        {
            var response = await app.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json(Samples.Read("concern-adult")), language), Ct);

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains(expected, body, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET-INTERNAL-DETAIL", body, StringComparison.Ordinal);
            Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Granne", body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
