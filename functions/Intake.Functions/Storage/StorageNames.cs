using System.Text.RegularExpressions;

namespace Intake.Functions.Storage;

/// <summary>Names of the tables and queues the app uses (configuration section <c>Storage</c>).</summary>
internal sealed partial class StorageNames
{
    public const string SectionName = "Storage";

    public string SubmissionsTable { get; set; } = "submissions";

    public string TicketsTable { get; set; } = "tickets";

    /// <summary>The chatbot's conversation state, one row per channel and conversation.</summary>
    public string ConversationsTable { get; set; } = "conversations";

    /// <summary>The staff inbox: one partition per team, open tickets by due time (<c>Staff/TeamInbox</c>).</summary>
    public string TeamInboxTable { get; set; } = "teaminbox";

    /// <summary>What staff did with a ticket: claims, notes, hand-overs, outcomes (one partition per ticket).</summary>
    public string TicketEventsTable { get; set; } = "ticketevents";

    /// <summary>Who read or changed which ticket, one partition per month; the app only ever inserts.</summary>
    public string AuditTable { get; set; } = "audit";

    /// <summary>The Data Protection key ring that encrypts the staff session cookies, shared by every instance.</summary>
    public string DataProtectionTable { get; set; } = "dataprotection";

    /// <summary>Staff sessions that were signed out (<c>Staff/StaffSessions</c>): a copied cookie of one is refused.</summary>
    public string StaffSessionsTable { get; set; } = "staffsessions";

    public string IntakeQueue { get; set; } = "intake";

    public string EmailOutboxQueue { get; set; } = "email-outbox";

    /// <summary>One message per ticket for the team's mailbox notice (the team queues themselves are the hand-over).</summary>
    public string TeamNoticesQueue { get; set; } = "team-notices";

    public static bool AreValid(StorageNames n) =>
        TableName().IsMatch(n.SubmissionsTable) && TableName().IsMatch(n.TicketsTable) && TableName().IsMatch(n.ConversationsTable)
        && TableName().IsMatch(n.TeamInboxTable) && TableName().IsMatch(n.TicketEventsTable) && TableName().IsMatch(n.AuditTable)
        && TableName().IsMatch(n.DataProtectionTable) && TableName().IsMatch(n.StaffSessionsTable)
        && QueueName().IsMatch(n.IntakeQueue) && QueueName().IsMatch(n.EmailOutboxQueue) && QueueName().IsMatch(n.TeamNoticesQueue);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex QueueName();

    private const string PoisonSuffix = "-poison";

    public static string PoisonQueueOf(string queue) => queue + PoisonSuffix;

    /// <summary>The queue whose poison queue <paramref name="poisonQueue"/> is.</summary>
    public static string SourceOfPoison(string poisonQueue) =>
        poisonQueue.EndsWith(PoisonSuffix, StringComparison.Ordinal) ? poisonQueue[..^PoisonSuffix.Length] : poisonQueue;
}
