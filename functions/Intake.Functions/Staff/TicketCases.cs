using Azure;
using Azure.Data.Tables;
using Intake.Core.Routing;
using Intake.Core.Submissions;
using Intake.Functions.Storage;
using Intake.Functions.Tickets;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Staff;

/// <summary>How a ticket ended for the team (the outcome staff record when they close it).</summary>
internal static class TicketOutcomes
{
    public const string Contacted = "contacted";
    public const string InvestigationOpened = "investigation-opened";
    public const string NoAction = "no-action";
    public const string Referred = "referred";

    public static readonly IReadOnlyList<string> All = [Contacted, InvestigationOpened, NoAction, Referred];
}

/// <summary>One entry of a ticket's timeline that staff made (claim, note, hand-over, outcome).</summary>
internal sealed record TicketEvent(DateTimeOffset At, string Type, string ByName, string? Text, string? Team, string? FromTeam);

/// <summary>What became of a change staff asked for.</summary>
internal enum CaseChange
{
    Done,

    /// <summary>No such ticket, or not one of the user's teams' (the same answer: nothing is revealed).</summary>
    NotFound,

    /// <summary>Someone else has it (the ticket as it now is tells who).</summary>
    ClaimedByOther,

    /// <summary>It is closed: nothing changes it any more.</summary>
    Closed,

    Invalid,
}

/// <summary>
/// The staff's changes to a ticket. Every change reads the ticket, decides on what it read, and writes it back with
/// If-Match on the ETag it read (its <see cref="TicketRecord.Version"/> raised by one): of two changes at once exactly
/// one is written, the other reads again and decides anew (two claims: the second finds the first's name). A note
/// is its own row (inserted, never rewritten), so notes added at once are all kept. After the ticket, its timeline
/// entry and the team inbox are written; a crash between them is mended the next time anyone opens the ticket.
/// Access is decided here, on the ticket's own team, for every change.
/// </summary>
internal sealed class TicketCases(IntakeTables tables, IntakeQueues queues, TeamInbox inbox, IOptions<RoutingOptions> routing, TimeProvider clock)
{
    private const int Attempts = 16;

    public const int MaxNoteLength = 4000;

    /// <summary>The ticket when it exists and is one of <paramref name="user"/>'s teams'; otherwise null.</summary>
    public async Task<TicketRecord?> FindAsync(string ticketId, StaffUser user, CancellationToken cancellationToken)
    {
        if (!IsTicketId(ticketId))
        {
            return null;
        }

        var row = await tables.Tickets.GetOrNullAsync(ticketId, TicketRecord.RowKey, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var ticket = TicketRecord.FromEntity(row);
        return user.MayWork(ticket.Team) ? ticket : null;
    }

    /// <summary>Mends what a crash between a change and its follow-ups left: the inbox row, a hand-over's message.</summary>
    public async Task<TicketRecord> MendAsync(TicketRecord ticket, CancellationToken cancellationToken)
    {
        await inbox.SyncAsync(ticket, ticket.HandedOverFrom, cancellationToken);
        return await QueueHandOverAsync(ticket, cancellationToken);
    }

    /// <summary>After a hand-over: its message on the new team's queue and notice, then marked as sent.</summary>
    private async Task<TicketRecord> QueueHandOverAsync(TicketRecord ticket, CancellationToken cancellationToken)
    {
        if (ticket.HandOverQueued != false)
        {
            return ticket;
        }

        var message = TicketMessage.Of(ticket).Serialize();
        await queues.Get(ticket.Queue).SendAsync(message, cancellationToken);
        await queues.TeamNotices.SendAsync(message, cancellationToken);
        var marked = new TableEntity(ticket.TicketId, TicketRecord.RowKey) { ["HandOverQueued"] = true };
        var etag = await tables.Tickets.UpdateAsync(marked, ETag.All, TableUpdateMode.Merge, cancellationToken);
        return ticket with { HandOverQueued = true, ETag = etag };
    }

    public async Task<IReadOnlyList<TicketEvent>> TimelineAsync(string ticketId, CancellationToken cancellationToken)
    {
        var events = new List<TicketEvent>();
        await foreach (var row in tables.TicketEvents.Query($"PartitionKey eq {ticketId}", cancellationToken: cancellationToken))
        {
            events.Add(new TicketEvent(
                row.GetDateTimeOffset("At") ?? default,
                row.GetString("Type") ?? string.Empty,
                row.GetString("ByName") ?? string.Empty,
                row.GetString("Text"),
                row.GetString("Team"),
                row.GetString("FromTeam")));
        }

        return events;
    }

    public Task<(CaseChange Change, TicketRecord? Ticket)> ClaimAsync(string ticketId, StaffUser user, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, user, AuditActions.Claim, (ticket, now) =>
        {
            if (ticket.ClaimedBy == user.Id)
            {
                return (CaseChange.Done, null);  // Already the user's: nothing to write.
            }

            return ticket.ClaimedBy is not null
                ? (CaseChange.ClaimedByOther, null)
                : (CaseChange.Done, ticket with { ClaimedBy = user.Id, ClaimedByName = user.Name, ClaimedAt = now });
        }, text: null, cancellationToken);

    /// <summary>A note: its own row, so notes added at once are all kept. The ticket must be open and the user's team's.</summary>
    public async Task<CaseChange> AddNoteAsync(string ticketId, StaffUser user, string text, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxNoteLength)
        {
            return CaseChange.Invalid;
        }

        var ticket = await FindAsync(ticketId, user, cancellationToken);
        if (ticket is null)
        {
            return CaseChange.NotFound;
        }

        if (!ticket.IsOpen)
        {
            return CaseChange.Closed;
        }

        await AddEventAsync(ticket, user, AuditActions.Note, trimmed, null, cancellationToken);
        return CaseChange.Done;
    }

    public async Task<(CaseChange Change, TicketRecord? Ticket)> HandOverAsync(string ticketId, StaffUser user, string toTeam, CancellationToken cancellationToken)
    {
        if (!routing.Value.Teams.TryGetValue(toTeam, out var team))
        {
            return (CaseChange.Invalid, null);
        }

        var result = await ChangeAsync(ticketId, user, AuditActions.HandOver, (ticket, _) => ticket.Team == toTeam
            ? (CaseChange.Invalid, null)
            : (CaseChange.Done, ticket with
            {
                Team = toTeam,
                Queue = team.Queue,
                ClaimedBy = null,
                ClaimedByName = null,
                ClaimedAt = null,
                HandedOverFrom = ticket.Team,
                HandOverQueued = false,
            }), text: null, cancellationToken, eventTeam: toTeam);
        if (result.Change == CaseChange.Done && result.Ticket is { } handed)
        {
            result = (CaseChange.Done, await QueueHandOverAsync(handed, cancellationToken));  // The inbox is in step already.
        }

        return result;
    }

    public Task<(CaseChange Change, TicketRecord? Ticket)> CloseAsync(string ticketId, StaffUser user, string outcome, CancellationToken cancellationToken) =>
        TicketOutcomes.All.Contains(outcome)
            ? ChangeAsync(ticketId, user, AuditActions.Close, (ticket, now) =>
                (CaseChange.Done, ticket with { Status = TicketStatus.Closed, Outcome = outcome, ClosedAt = now }), text: outcome, cancellationToken)
            : Task.FromResult<(CaseChange, TicketRecord?)>((CaseChange.Invalid, null));

    /// <summary>Read, decide, write with If-Match; on a lost race read again and decide anew.</summary>
    private async Task<(CaseChange Change, TicketRecord? Ticket)> ChangeAsync(
        string ticketId,
        StaffUser user,
        string eventType,
        Func<TicketRecord, DateTimeOffset, (CaseChange Change, TicketRecord? Changed)> decide,
        string? text,
        CancellationToken cancellationToken,
        string? eventTeam = null)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var ticket = await FindAsync(ticketId, user, cancellationToken);
            if (ticket is null)
            {
                return (CaseChange.NotFound, null);
            }

            if (!ticket.IsOpen)
            {
                return (CaseChange.Closed, ticket);
            }

            var (change, changed) = decide(ticket, clock.GetUtcNow());
            if (changed is null)
            {
                return (change, ticket);
            }

            changed = changed with { Version = ticket.Version + 1 };
            try
            {
                var etag = await tables.Tickets.UpdateAsync(changed.ToEntity(), ticket.ETag ?? ETag.All, TableUpdateMode.Merge, cancellationToken);
                changed = changed with { ETag = etag };
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                continue;  // Changed by someone else since it was read: decide again on what it is now.
            }

            await AddEventAsync(changed, user, eventType, text, eventTeam, cancellationToken, fromTeam: eventTeam is null ? null : ticket.Team);
            await inbox.SyncAsync(changed, ticket.Team, cancellationToken);
            return (change, changed);
        }

        throw new InvalidOperationException($"Ticket {ticketId} kept changing; the change was not made.");
    }

    private async Task AddEventAsync(TicketRecord ticket, StaffUser user, string type, string? text, string? team, CancellationToken cancellationToken, string? fromTeam = null)
    {
        var at = clock.GetUtcNow();
        var row = new TableEntity(ticket.TicketId, AuditLog.TimeOrderedKey(at))
        {
            ["At"] = at,
            ["Type"] = type,
            ["ById"] = user.Id,
            ["ByName"] = user.Name,
            ["Text"] = text,
            ["Team"] = team,
            ["FromTeam"] = fromTeam,
        };
        await tables.TicketEvents.InsertAsync(row, cancellationToken);
    }

    /// <summary>A reference number's shape (letters, digits, hyphens; short): anything else is no ticket, unread.</summary>
    public static bool IsTicketId(string? value) =>
        value is { Length: > 0 and <= 64 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
