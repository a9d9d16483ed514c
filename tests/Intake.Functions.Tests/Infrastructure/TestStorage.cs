using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// Names no other test uses (tables, the intake and outbox queues, every team queue), as configuration for the app,
/// and read access to what ended up in them.
/// </summary>
public sealed class TestStorage(AzuriteFixture azurite)
{
    private readonly string prefix = "t" + Guid.NewGuid().ToString("N")[..10];

    public static readonly string[] Teams = ["team-vuxen", "barn-och-unga", "anhorigstod-nexus", "anhorigstod-fjarilen"];

    public AzuriteFixture Azurite { get; } = azurite;

    public string SubmissionsTable => prefix + "submissions";

    public string TicketsTable => prefix + "tickets";

    public string ConversationsTable => prefix + "conversations";

    public string TeamInboxTable => prefix + "teaminbox";

    public string TicketEventsTable => prefix + "ticketevents";

    public string AuditTable => prefix + "audit";

    public string DataProtectionTable => prefix + "dataprotection";
    public string StaffSessionsTable => prefix + "staffsessions";

    public string IntakeQueue => prefix + "-intake";

    public string EmailOutboxQueue => prefix + "-email-outbox";

    public string TeamNoticesQueue => prefix + "-team-notices";

    public string TeamQueue(string team) => prefix + "-" + team;

    public static string TeamMailbox(string team) => team + "@kommun.example";

    /// <summary>Where this test's app writes its .eml files (Email:Sender = PickupFolder).</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "intake-mail-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The tables, through the SDK, to read what the app stored (and, rarely, to plant a row).</summary>
    public TestTables Tables { get; } = new(azurite.TableService());

    /// <summary>The queues, through the SDK configured as the queue trigger reads them (base64).</summary>
    public TestQueues Queues { get; } = new(azurite.QueueService());

    /// <summary>Settings that point the app at this storage, with fast polling so tests take seconds, not minutes.</summary>
    public Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["Storage:SubmissionsTable"] = SubmissionsTable,
            ["Storage:TicketsTable"] = TicketsTable,
            ["Storage:ConversationsTable"] = ConversationsTable,
            ["Storage:TeamInboxTable"] = TeamInboxTable,
            ["Storage:TicketEventsTable"] = TicketEventsTable,
            ["Storage:AuditTable"] = AuditTable,
            ["Storage:DataProtectionTable"] = DataProtectionTable,
            ["Storage:StaffSessionsTable"] = StaffSessionsTable,
            ["Storage:IntakeQueue"] = IntakeQueue,
            ["Storage:EmailOutboxQueue"] = EmailOutboxQueue,
            ["Storage:TeamNoticesQueue"] = TeamNoticesQueue,
            ["QueueProcessing:MaxPollingInterval"] = "00:00:00.200",
            ["QueueProcessing:VisibilityTimeout"] = "00:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Email:Sender"] = "PickupFolder",
            ["Email:PickupDirectory"] = MailDirectory,
            ["Email:FromAddress"] = "noreply@kommun.example",
            ["Email:StaffInboxUrl"] = "https://intake.kommun.example/staff/",
            ["BotAuth:AllowUnauthenticatedLocalDevelopment"] = "true",

            // Every test client comes from 127.0.0.1: limits far above anything a test sends, so that only the tests
            // about rate limits (which set their own) ever meet one. The limiter itself still runs on every request.
            ["RateLimits:Submissions:PermitLimit"] = "1000000",
            ["RateLimits:Submissions:Window"] = "00:01:00",
            ["RateLimits:ChatToken:PermitLimit"] = "1000000",
            ["RateLimits:ChatToken:Window"] = "00:01:00",
            ["RateLimits:Pages:PermitLimit"] = "1000000",
            ["RateLimits:Pages:Window"] = "00:01:00",
        };
        foreach (var team in Teams)
        {
            settings[$"Routing:Teams:{team}:Queue"] = TeamQueue(team);
            settings[$"Routing:Teams:{team}:Mailbox"] = TeamMailbox(team);
        }

        return settings;
    }

    public async Task<List<TableEntity>> EntitiesAsync(string table)
    {
        var all = new List<TableEntity>();
        try
        {
            await foreach (var entity in Tables.Service.GetTableClient(table).QueryAsync<TableEntity>())
            {
                all.Add(entity);
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // No table yet: nothing stored.
        }

        return all;
    }

    /// <summary>Every message on a queue, without taking any (up to 32).</summary>
    public async Task<IReadOnlyList<PeekedMessage>> MessagesAsync(string queue)
    {
        try
        {
            return (await Queues.Service.GetQueueClient(queue).PeekMessagesAsync(32)).Value;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }
    }

    /// <summary>Test-side shorthands over the SDK's table clients.</summary>
    public sealed class TestTables(TableServiceClient service)
    {
        public TableServiceClient Service { get; } = service;

        public async Task<TableEntity?> GetEntityAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
        {
            var response = await Service.GetTableClient(table).GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
            return response.HasValue ? response.Value : null;
        }

        public Task UpsertEntityAsync(string table, TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken = default) =>
            Service.GetTableClient(table).UpsertEntityAsync(entity, mode, cancellationToken);

        public Task InsertEntityAsync(string table, TableEntity entity, CancellationToken cancellationToken = default) =>
            Service.GetTableClient(table).AddEntityAsync(entity, cancellationToken);

        public Task DeleteEntityAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
            Service.GetTableClient(table).DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);

        public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) =>
            Service.GetTableClient(table).CreateIfNotExistsAsync(cancellationToken);
    }

    /// <summary>Test-side shorthands over the SDK's queue clients.</summary>
    public sealed class TestQueues(QueueServiceClient service)
    {
        public QueueServiceClient Service { get; } = service;

        public Task SendMessageAsync(string queue, string messageText, CancellationToken cancellationToken = default) =>
            Service.GetQueueClient(queue).SendMessageAsync(messageText, cancellationToken: cancellationToken);

        public Task CreateQueueIfNotExistsAsync(string queue, CancellationToken cancellationToken = default) =>
            Service.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    /// <summary>Settings that leave the team queues and the e-mail outbox unread (no e-mail at all), so that a test
    /// of routing sees the messages routing produced.</summary>
    public static Dictionary<string, string?> RoutingOnly(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobs.NotifyTeam.Disabled"] = "true",
            ["AzureWebJobs.SendAcknowledgement.Disabled"] = "true",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>
    /// Waits until every message ever put on <paramref name="queue"/> has been deleted — by the worker, after its
    /// function finished with it, or on its way to poison. The event a "nothing more happened" check waits for: a
    /// message being processed is invisible to a peek but still counted here.
    /// </summary>
    public async Task<bool> DrainedAsync(string queue, TimeSpan? within = null) =>
        await EventuallyAsync(async () => (await Queues.Service.GetQueueClient(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, within ?? TimeSpan.FromSeconds(30));

    /// <summary>Polls until <paramref name="condition"/> holds or the time is up; returns whether it held.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }
}
