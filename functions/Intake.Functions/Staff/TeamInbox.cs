using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Submissions;
using Intake.Functions.Storage;
using Intake.Functions.Tickets;

namespace Intake.Functions.Staff;

/// <summary>One line of a team's inbox: what the list shows, no personal data.</summary>
internal sealed record InboxEntry(
    string TicketId,
    SubmissionKind Kind,
    bool Urgent,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? DecisionDueAt,
    string? ClaimedByName)
{
    /// <summary>The earliest clock still running (the assessment, then the decision whether to investigate).</summary>
    public DateTimeOffset NextDueAt(DateTimeOffset now) => DecisionDueAt is { } decision && DueAt <= now && decision > DueAt ? decision : DueAt;
}

/// <summary>
/// The staff inbox (table <c>teaminbox</c>): one partition per team, one row per ticket that is or was the team's,
/// its row key the due time and the ticket id, so a team's list is one partition read in due order, never a scan of
/// every ticket. The ticket row is the truth; this is its index, written after every change of the ticket and kept
/// in step by the ticket's <see cref="TicketRecord.Version"/>: a row is replaced (If-Match on the ETag read) only by a
/// newer version, so two changes written in the wrong order still leave the newer one. A ticket that left the team
/// (closed, handed over) keeps its row as a tombstone with its version, so a late, older write cannot bring it back.
/// Whoever opens a ticket reads the ticket itself, and access is decided on the ticket's team, never on this index.
/// </summary>
internal sealed class TeamInbox(IntakeTables tables)
{
    private const string Open = "open";
    public const string Left = "left";
    private const int Attempts = 8;

    public static string RowKeyOf(TicketRecord ticket) =>
        string.Create(CultureInfo.InvariantCulture, $"{ticket.DueAt.UtcTicks:D19}-{ticket.TicketId}");

    /// <summary>
    /// Brings the index in step with <paramref name="ticket"/> (as read or written): its row in the ticket's team
    /// (open, or a tombstone once closed), and a tombstone in <paramref name="previousTeam"/> after a hand-over.
    /// </summary>
    public async Task SyncAsync(TicketRecord ticket, string? previousTeam, CancellationToken cancellationToken)
    {
        if (previousTeam is not null && previousTeam != ticket.Team)
        {
            await WriteAsync(previousTeam, ticket, open: false, cancellationToken);
        }

        await WriteAsync(ticket.Team, ticket, ticket.IsOpen, cancellationToken);
    }

    /// <summary>The team's open tickets, in due order: one partition query.</summary>
    public async Task<IReadOnlyList<InboxEntry>> ListAsync(string team, CancellationToken cancellationToken)
    {
        var entries = new List<InboxEntry>();
        await foreach (var row in tables.TeamInbox.Query($"PartitionKey eq {team} and State eq {Open}", cancellationToken: cancellationToken))
        {
            if (SubmissionKinds.TryParseSlug(row.GetString("Kind"), out var kind))
            {
                entries.Add(new InboxEntry(
                    row.GetString("TicketId") ?? string.Empty,
                    kind,
                    row.GetBoolean("Urgent") ?? false,
                    row.GetDateTimeOffset("ReceivedAt") ?? default,
                    row.GetDateTimeOffset("DueAt") ?? default,
                    row.GetDateTimeOffset("DecisionDueAt"),
                    row.GetString("ClaimedByName")));
            }
        }

        return entries;
    }

    private async Task WriteAsync(string team, TicketRecord ticket, bool open, CancellationToken cancellationToken)
    {
        var row = new TableEntity(team, RowKeyOf(ticket))
        {
            ["TicketId"] = ticket.TicketId,
            ["State"] = open ? Open : Left,
            ["Version"] = ticket.Version,
            ["Kind"] = ticket.Kind.ToSlug(),
            ["Urgent"] = ticket.Urgent,
            ["ReceivedAt"] = ticket.CreatedAt,
            ["DueAt"] = ticket.DueAt,
            ["DecisionDueAt"] = ticket.DecisionDueAt,
            ["ClaimedByName"] = ticket.ClaimedByName,
        };

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var existing = await tables.TeamInbox.GetOrNullAsync(row.PartitionKey, row.RowKey, cancellationToken);
            try
            {
                if (existing is null)
                {
                    await tables.TeamInbox.InsertAsync(row, cancellationToken);
                    return;
                }

                if ((existing.GetInt32("Version") ?? 0) >= ticket.Version)
                {
                    return;  // This version or a newer one is there already (a repeated or a late write).
                }

                await tables.TeamInbox.UpdateAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Someone wrote the row between the read and this write: read again and compare versions.
            }
        }

        throw new InvalidOperationException($"The inbox row of ticket {ticket.TicketId} kept changing; not brought in step.");
    }
}
