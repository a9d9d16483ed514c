using System.Diagnostics;
using Intake.Core.Routing;
using Intake.Functions.Email.Templates;
using Intake.Functions.Functions;
using Intake.Functions.Storage;
using Intake.Functions.Telemetry;
using Intake.Functions.Tickets;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Email;

/// <summary>
/// <c>NotifyTeam</c> (queue <c>team-notices</c>): tells the ticket's team's functional mailbox that a ticket waits — the
/// ticket id as a link, urgency and due time, nothing about the person. Once per ticket, like acknowledgements. The
/// team queues themselves are left to whoever works the team's tickets (see docs/contracts/ticket-message.md).
/// </summary>
internal sealed partial class NotifyTeamFunction(
    IntakeTables tables,
    IntakeQueues queues,
    OnceOnlyEmail onceOnly,
    IOptions<StorageNames> names,
    IOptions<RoutingOptions> routing,
    IOptions<EmailOptions> email,
    ILogger<NotifyTeamFunction> logger) : IQueueFunction
{
    public const string Prefix = "TeamNotice";

    public string Name => QueueFunctions.NotifyTeam;

    public async Task RunAsync(QueueDelivery delivery, CancellationToken cancellationToken)
    {
        var message = TicketMessage.Parse(delivery.MessageText);
        Activity.Current?.SetTag(IntakeTelemetry.SubmissionId, message.SubmissionId).SetTag(IntakeTelemetry.Team, message.Team);
        var team = message.Team;
        var mailbox = routing.Value.Teams.TryGetValue(team, out var options) ? options.Mailbox : null;
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            LogNoMailbox(logger, team, message.TicketId);
            return;
        }

        var result = await onceOnly.SendAsync(tables.Tickets, message.TicketId, TicketRecord.RowKey, Prefix, (row, firstAttempt) =>
        {
            var ticket = TicketRecord.FromEntity(row);
            var link = new Uri(email.Value.StaffInboxUrl!, "tickets/" + Uri.EscapeDataString(ticket.TicketId));
            var rendered = TeamNoticeTemplate.Render(
                new TeamNoticeModel(SendAcknowledgementFunction.ReferenceNumberOf(ticket.TicketId), ticket.Urgent, ticket.DueAt, link, email.Value.FromDisplayName),
                Core.Scheduling.WorkingCalendar.Stockholm);
            return new OutgoingEmail(mailbox, rendered.Subject, rendered.PlainText, rendered.Html, OutgoingEmail.KeyFor(Prefix, ticket.TicketId), firstAttempt);
        }, cancellationToken);

        // Refused for good: straight to poison, never retried. (Also when an earlier try recorded the refusal but
        // could not move the message.)
        if (result is OnceOnlyResult.Rejected or OnceOnlyResult.AlreadyRejected)
        {
            await PoisonQueue.SendAsync(queues, names.Value.TeamNoticesQueue, delivery.MessageText, cancellationToken);
        }

        LogResult(logger, message.TicketId, team, result);
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Team notice for ticket {TicketId} to team {Team}: {Result}.")]
    private static partial void LogResult(ILogger logger, string ticketId, string team, OnceOnlyResult result);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Team {Team} has no mailbox configured (Routing:Teams:{Team}:Mailbox); ticket {TicketId} was not announced.")]
    private static partial void LogNoMailbox(ILogger logger, string team, string ticketId);
}
