using Azure;
using Azure.Data.Tables;
using Intake.Core.Routing;
using Intake.Core.Submissions;
using Intake.Functions.Functions;
using Intake.Functions.Storage;
using Intake.Functions.Submissions;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Tickets;

/// <summary>
/// <c>RouteSubmission</c> (queue <c>intake</c>): turns a stored submission into exactly one ticket on the right
/// team's queue, and queues the acknowledgement where the person gave an e-mail address. Each step records that it
/// is done, so a redelivered message (a crash anywhere, a redrive) repeats only what is missing.
/// </summary>
internal sealed partial class RouteSubmissionFunction(
    IntakeTables tables,
    IntakeQueues queues,
    IOptions<RoutingOptions> routing,
    TimeProvider clock,
    ILogger<RouteSubmissionFunction> logger) : IQueueFunction
{
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

        var ticket = await GetOrCreateTicketAsync(submission, cancellationToken);
        // One message, the same on the team's queue (the hand-over) and on team-notices (the mailbox notice).
        var message = new TicketMessage(ticket.TicketId, id, ticket.Team, ticket.Kind.ToSlug(), ticket.Urgent, ticket.DueAt).Serialize();
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
            await queues.EmailOutbox.SendAsync(new AcknowledgementMessage(id, ticket.TicketId).Serialize(), cancellationToken);
            await MarkAsync(ticket with { AcknowledgementQueued = true }, cancellationToken);
        }

        var routed = new TableEntity(id, SubmissionRecord.RowKey) { ["Status"] = SubmissionStatus.Routed, ["RoutedAt"] = clock.GetUtcNow() };
        await tables.Submissions.UpdateAsync(routed, ETag.All, TableUpdateMode.Merge, cancellationToken);
        LogRouted(logger, id, ticket.Team, ticket.Urgent, delivery.DequeueCount);
    }

    private async Task<TicketRecord> GetOrCreateTicketAsync(SubmissionRecord submission, CancellationToken cancellationToken)
    {
        var decision = new Router(routing.Value).Route(submission.Kind, submission.Answers, submission.ReceivedAt);
        var ticket = TicketRecord.Create(submission.Id, submission.Kind, decision, clock.GetUtcNow());
        try
        {
            var etag = await tables.Tickets.InsertAsync(ticket.ToEntity(), cancellationToken);
            LogTicketCreated(logger, submission.Id, ticket.Team, ticket.Urgent);
            return ticket with { ETag = etag };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Routed before, up to some step: carry on from the stored ticket, never a second one.
            var existing = await tables.Tickets.GetOrNullAsync(submission.Id, TicketRecord.RowKey, cancellationToken)
                ?? throw new InvalidOperationException($"Ticket for {submission.Id} conflicted but cannot be read.", ex);
            return TicketRecord.FromEntity(existing);
        }
    }

    private async Task<TicketRecord> MarkAsync(TicketRecord ticket, CancellationToken cancellationToken)
    {
        var etag = await tables.Tickets.UpdateAsync(ticket.ToEntity(), ETag.All, TableUpdateMode.Merge, cancellationToken);
        return ticket with { ETag = etag };
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Ticket {TicketId} created for team {Team} (urgent: {Urgent}).")]
    private static partial void LogTicketCreated(ILogger logger, string ticketId, string team, bool urgent);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Submission {SubmissionId} routed to team {Team} (urgent: {Urgent}) on delivery {DequeueCount}.")]
    private static partial void LogRouted(ILogger logger, string submissionId, string team, bool urgent, long dequeueCount);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Submission {SubmissionId} was already routed; delivery {DequeueCount} changes nothing.")]
    private static partial void LogAlreadyRouted(ILogger logger, string submissionId, long dequeueCount);
}
