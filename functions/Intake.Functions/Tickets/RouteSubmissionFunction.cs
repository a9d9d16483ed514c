using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Routing;
using Intake.Core.Submissions;
using Intake.Functions.Functions;
using Intake.Functions.Staff;
using Intake.Functions.Storage;
using Intake.Functions.Submissions;
using Intake.Functions.Telemetry;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Tickets;

/// <summary>
/// <c>RouteSubmission</c> (queue <c>intake</c>): turns a stored submission into exactly one ticket on the right
/// team's queue, and queues the acknowledgement where the person gave an e-mail address. Each step records that it
/// is done, so a redelivered message (a crash anywhere, a redrive) repeats only what is missing. The ticket is put in
/// its team's inbox (<see cref="TeamInbox"/>) before any message about it is sent.
/// </summary>
internal sealed partial class RouteSubmissionFunction(
    IntakeTables tables,
    IntakeQueues queues,
    TeamInbox inbox,
    IOptions<RoutingOptions> routing,
    TimeProvider clock,
    ILogger<RouteSubmissionFunction> logger) : IQueueFunction
{
    /// <summary>The ticket row's claim while its messages are sent.</summary>
    private const string ClaimColumn = "RoutingClaimedUntil";

    public string Name => QueueFunctions.RouteSubmission;

    public async Task RunAsync(QueueDelivery delivery, CancellationToken cancellationToken)
    {
        var id = IntakeMessage.Parse(delivery.MessageText).SubmissionId;
        var entity = await tables.Submissions.GetOrNullAsync(id, SubmissionRecord.RowKey, cancellationToken)
            ?? throw new InvalidOperationException($"Submission {id} does not exist.");
        var submission = SubmissionRecord.FromEntity(entity);
        if (submission.Status == SubmissionStatus.Routed)
        {
            LogAlreadyRouted(logger, id, delivery.DequeueCount);
            return;
        }

        var created = await GetOrCreateTicketAsync(submission, cancellationToken);

        // The sends below leave the table: two copies of this message at once (a storage call that outlived its timeout
        // and was retried, a lease that ran out) must not both send. The copy that claims the ticket sends; the other
        // waits for it and finds the work done. A crash between a send and its mark still repeats that one send.
        var claim = await RowClaims.ClaimAsync(
            tables.Tickets, id, TicketRecord.RowKey, ClaimColumn, routing.Value.ClaimDuration, clock,
            row => IsDone(TicketRecord.FromEntity(row), submission), cancellationToken, known: created);
        if (!claim.IsDone)
        {
            try
            {
                // In the team's inbox before the team hears of it: the notice's link must find the ticket listed.
                var claimed = TicketRecord.FromEntity(claim.Row);
                await inbox.SyncAsync(claimed, previousTeam: null, cancellationToken);
                await SendAsync(claimed, submission, cancellationToken);
            }
            catch
            {
                await RowClaims.ReleaseAsync(tables.Tickets, id, TicketRecord.RowKey, ClaimColumn, clock);
                throw;
            }
        }

        var ticket = TicketRecord.FromEntity(claim.Row);
        var now = clock.GetUtcNow();
        var routed = new TableEntity(id, SubmissionRecord.RowKey) { ["Status"] = SubmissionStatus.Routed, ["RoutedAt"] = now };
        await tables.Submissions.UpdateAsync(routed, ETag.All, TableUpdateMode.Merge, cancellationToken);
        LogRouted(logger, id, ticket.Team, ticket.Urgent, delivery.DequeueCount);
        Record(submission, ticket, now);
    }

    /// <summary>The routing on the run's span (ids, kind, team, urgency) and in the counts.</summary>
    private static void Record(SubmissionRecord submission, TicketRecord ticket, DateTimeOffset routedAt)
    {
        var kind = submission.Kind.ToSlug();
        Activity.Current?.SetTag(IntakeTelemetry.SubmissionId, submission.Id)
            .SetTag(IntakeTelemetry.Kind, kind).SetTag(IntakeTelemetry.Team, ticket.Team).SetTag(IntakeTelemetry.Urgent, ticket.Urgent);
        IntakeTelemetry.SubmissionsRouted.Add(1, new(IntakeTelemetry.Kind, kind), new(IntakeTelemetry.Team, ticket.Team));
        IntakeTelemetry.RoutingDuration.Record((routedAt - submission.ReceivedAt).TotalSeconds, new KeyValuePair<string, object?>(IntakeTelemetry.Team, ticket.Team));
    }

    /// <summary>Creates the ticket: returns it as inserted (with its ETag), or null when it existed already.</summary>
    private async Task<TableEntity?> GetOrCreateTicketAsync(SubmissionRecord submission, CancellationToken cancellationToken)
    {
        var decision = new Router(routing.Value).Route(submission.Kind, submission.Answers, submission.ReceivedAt);
        var ticket = TicketRecord.Create(submission.Id, submission.Kind, decision, clock.GetUtcNow());
        var entity = ticket.ToEntity();
        try
        {
            entity.ETag = await tables.Tickets.InsertAsync(entity, cancellationToken);
            LogTicketCreated(logger, submission.Id, ticket.Team, ticket.Urgent);
            return entity;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;  // Routed before, up to some step: carry on from the stored ticket, never a second one.
        }
    }

    private static bool IsDone(TicketRecord ticket, SubmissionRecord submission) =>
        ticket.TeamQueued && ticket.NoticeQueued && (submission.EmailAddress is null || ticket.AcknowledgementQueued);

    /// <summary>Each step that is not yet done, each recorded as it is done: a retry repeats only what is missing.</summary>
    private async Task SendAsync(TicketRecord ticket, SubmissionRecord submission, CancellationToken cancellationToken)
    {
        // One message, the same on the team's queue (the hand-over) and on team-notices (the mailbox notice).
        var message = TicketMessage.Of(ticket).Serialize();
        if (!ticket.TeamQueued)
        {
            await queues.Get(ticket.Queue).SendAsync(message, cancellationToken);
            ticket = await MarkAsync(ticket with { TeamQueued = true }, cancellationToken);
        }

        if (!ticket.NoticeQueued)
        {
            // The team's mailbox is told from its own queue, so the team queue stays whole for whoever works it.
            await queues.TeamNotices.SendAsync(message, cancellationToken);
            ticket = await MarkAsync(ticket with { NoticeQueued = true }, cancellationToken);
        }

        if (submission.EmailAddress is not null && !ticket.AcknowledgementQueued)
        {
            await queues.EmailOutbox.SendAsync(new AcknowledgementMessage(submission.Id, ticket.TicketId).Serialize(), cancellationToken);
            await MarkAsync(ticket with { AcknowledgementQueued = true }, cancellationToken);
        }
    }

    /// <summary>Records a step: only routing's own columns, so a claim or note staff made meanwhile stays as it is.</summary>
    private async Task<TicketRecord> MarkAsync(TicketRecord ticket, CancellationToken cancellationToken)
    {
        var steps = new TableEntity(ticket.SubmissionId, TicketRecord.RowKey)
        {
            ["TeamQueued"] = ticket.TeamQueued,
            ["NoticeQueued"] = ticket.NoticeQueued,
            ["AcknowledgementQueued"] = ticket.AcknowledgementQueued,
        };
        var etag = await tables.Tickets.UpdateAsync(steps, ETag.All, TableUpdateMode.Merge, cancellationToken);
        return ticket with { ETag = etag };
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Ticket {TicketId} created for team {Team} (urgent: {Urgent}).")]
    private static partial void LogTicketCreated(ILogger logger, string ticketId, string team, bool urgent);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Submission {SubmissionId} routed to team {Team} (urgent: {Urgent}) on delivery {DequeueCount}.")]
    private static partial void LogRouted(ILogger logger, string submissionId, string team, bool urgent, long dequeueCount);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Submission {SubmissionId} was already routed; delivery {DequeueCount} changes nothing.")]
    private static partial void LogAlreadyRouted(ILogger logger, string submissionId, long dequeueCount);
}
