using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Storage;

/// <summary>The app's tables (configuration section <c>Storage</c>), as clients of the one <see cref="TableServiceClient"/>.</summary>
internal sealed class IntakeTables(TableServiceClient service, IOptions<StorageNames> names)
{
    private readonly ConcurrentDictionary<string, TableClient> _clients = new(StringComparer.Ordinal);

    public TableClient Submissions => Get(names.Value.SubmissionsTable);

    public TableClient Tickets => Get(names.Value.TicketsTable);

    public TableClient Conversations => Get(names.Value.ConversationsTable);

    public TableClient TeamInbox => Get(names.Value.TeamInboxTable);

    public TableClient TicketEvents => Get(names.Value.TicketEventsTable);

    public TableClient Audit => Get(names.Value.AuditTable);

    public TableClient DataProtection => Get(names.Value.DataProtectionTable);

    public TableClient StaffSessions => Get(names.Value.StaffSessionsTable);

    /// <summary>Every table the app uses.</summary>
    public IEnumerable<string> AllNames =>
        [names.Value.SubmissionsTable, names.Value.TicketsTable, names.Value.ConversationsTable, names.Value.TeamInboxTable, names.Value.TicketEventsTable, names.Value.AuditTable,
            names.Value.DataProtectionTable, names.Value.StaffSessionsTable];

    public TableClient Get(string tableName) => _clients.GetOrAdd(tableName, service.GetTableClient);
}

/// <summary>The app's queues, as clients of the one <see cref="QueueServiceClient"/> (messages base64, as the trigger reads them).</summary>
internal sealed class IntakeQueues(QueueServiceClient service, IOptions<StorageNames> names)
{
    private readonly ConcurrentDictionary<string, QueueClient> _clients = new(StringComparer.Ordinal);

    public QueueClient Intake => Get(names.Value.IntakeQueue);

    public QueueClient EmailOutbox => Get(names.Value.EmailOutboxQueue);

    public QueueClient TeamNotices => Get(names.Value.TeamNoticesQueue);

    public QueueClient Get(string queueName) => _clients.GetOrAdd(queueName, service.GetQueueClient);
}
