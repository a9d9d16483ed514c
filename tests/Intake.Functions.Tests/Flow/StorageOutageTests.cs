using System.Net;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Flow;

/// <summary>With storage down nothing is promised: 503 with Retry-After, never 202 for something not stored.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    // An Azurite of this class's own: the test stops it.
    private readonly AzuriteFixture azurite = new();

    public ValueTask InitializeAsync() => azurite.InitializeAsync();

    public ValueTask DisposeAsync() => azurite.DisposeAsync();

    [Fact]
    public async Task Submit_WhileStorageIsDown_Answers503WithRetryAfterAndIsAcceptedOnceItIsBack()
    {
        var ct = TestContext.Current.CancellationToken;
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        var body = Samples.Read("support-request");
        var accepted = new List<string>();

        await azurite.StopAsync();
        for (var i = 0; i < 3; i++)
        {
            var down = await app.Http.SendAsync(Samples.Post("/api/support-requests", Samples.Json(body)), ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
            Assert.True(down.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
            Assert.Contains("Skicka samma uppgifter igen", await down.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        var health = await app.Http.GetAsync("/health", ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        // Storage comes back (an in-memory Azurite comes back empty, so its tables and queues are made again, as a
        // real account would still have them).
        await azurite.StartAsync();
        await storage.Tables.CreateTableIfNotExistsAsync(storage.SubmissionsTable, ct);
        foreach (var table in new[] { storage.TicketsTable, storage.TeamInboxTable, storage.TicketEventsTable, storage.AuditTable, storage.StaffSessionsTable, storage.DataProtectionTable })
        {
            await storage.Tables.CreateTableIfNotExistsAsync(table, ct);
        }

        foreach (var queue in new[] { storage.IntakeQueue, storage.EmailOutboxQueue, storage.TeamNoticesQueue }.Concat(TestStorage.Teams.Select(storage.TeamQueue)))
        {
            await storage.Queues.CreateQueueIfNotExistsAsync(queue, ct);
        }

        var up = await app.Http.SendAsync(Samples.Post("/api/support-requests", Samples.Json(body)), ct);
        Assert.Equal(HttpStatusCode.Accepted, up.StatusCode);
        using (var receipt = JsonDocument.Parse(await up.Content.ReadAsStringAsync(ct)))
        {
            accepted.Add(receipt.RootElement.GetProperty("reference").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal));
        }

        // Every 202 ever given is a stored submission, and only those are stored.
        var stored = await storage.EntitiesAsync(storage.SubmissionsTable);
        Assert.Equal(accepted, stored.Select(e => e.PartitionKey));
        Assert.True(await RoutingReliabilityTests.RoutedAsync(storage, accepted[0]));
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync("/health", ct)).StatusCode);
    }
}
