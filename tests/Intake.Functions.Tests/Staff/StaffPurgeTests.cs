using Azure.Data.Tables;
using Intake.Functions.Functions;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Functions.Tests.Staff;

/// <summary>
/// <c>PurgeStaffRecords</c> on Azurite: the sign-out records of sessions past their absolute end go, those of sessions
/// that could still be alive stay; the inbox rows of tickets that left a team go once they are older than the retention,
/// never sooner, and an open ticket's row never.
/// </summary>
public sealed class StaffPurgeTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Purge_DeletesEndedSessionRecordsAndOldTombstones_KeepsLiveSessionsOpenRowsAndRecentTombstones()
    {
        var storage = new TestStorage(azurite);
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = new IntakeApp(
            storage,
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)),
            TestStorage.RoutingOnly(new() { ["AzureWebJobs.PurgeStaffRecords.Disabled"] = "true" }));
        var purge = app.Services.GetServices<ITimerFunction>().Single(f => f.Name == "PurgeStaffRecords");

        var now = clock.GetUtcNow();
        await storage.Tables.CreateTableIfNotExistsAsync(storage.StaffSessionsTable, Ct);
        await storage.Tables.InsertEntityAsync(storage.StaffSessionsTable, Session("ENDED", now.AddMinutes(-1)), Ct);
        await storage.Tables.InsertEntityAsync(storage.StaffSessionsTable, Session("ALIVE", now.AddHours(9)), Ct);
        await storage.Tables.InsertEntityAsync(storage.TeamInboxTable, Inbox("CLOSED1", "left"), Ct);
        await storage.Tables.InsertEntityAsync(storage.TeamInboxTable, Inbox("OPEN1", "open"), Ct);

        // Today: the ended session's record goes; the tombstone is fresh and stays (it still guards against late writes).
        await purge.RunAsync(Ct);
        Assert.Equal(["ALIVE"], Keys(await storage.EntitiesAsync(storage.StaffSessionsTable)));
        Assert.Equal(["CLOSED1", "OPEN1"], Keys(await storage.EntitiesAsync(storage.TeamInboxTable)));

        // Thirty-one days on: the other session has ended too and the tombstone is past its retention; the open row stays.
        clock.Advance(TimeSpan.FromDays(31));
        await purge.RunAsync(Ct);
        Assert.Empty(await storage.EntitiesAsync(storage.StaffSessionsTable));
        Assert.Equal(["OPEN1"], Keys(await storage.EntitiesAsync(storage.TeamInboxTable)));
    }

    private static TableEntity Session(string id, DateTimeOffset endsAt) =>
        new(id.PadRight(32, '0'), "signed-out") { ["SignedOutAt"] = endsAt.AddHours(-10), ["EndsAt"] = endsAt };

    private static TableEntity Inbox(string ticket, string state) =>
        new("team-vuxen", $"{DateTimeOffset.UtcNow.UtcTicks:D19}-{ticket}") { ["TicketId"] = ticket, ["State"] = state, ["Version"] = 3, ["Kind"] = "concern" };

    private static List<string> Keys(IEnumerable<TableEntity> rows) =>
        [.. rows.Select(r => r.GetString("TicketId") ?? r.PartitionKey.TrimEnd('0')).Order(StringComparer.Ordinal)];
}
