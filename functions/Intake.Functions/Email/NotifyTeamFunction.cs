using Intake.Core.Routing;
using Intake.Functions.Email.Templates;
using Intake.Functions.Functions;
using Intake.Functions.Storage;
using Intake.Functions.Tickets;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Email;

/// <summary>
/// <c>NotifyTeam-{team}</c> (the team's queue): tells the team's functional mailbox that a ticket waits — the ticket
/// id as a link, urgency and due time, nothing about the person. Once per ticket, like acknowledgements.
/// </summary>
internal sealed partial class NotifyTeamFunction(
    string team,
    IntakeTables tables,
    IntakeQueues queues,
    OnceOnlyEmail onceOnly,
    IOptions<RoutingOptions> routing,
    IOptions<EmailOptions> email,
    ILogger<NotifyTeamFunction> logger) : IQueueFunction
{
    public const string Prefix = "TeamNotice";

    public static string FunctionNameFor(string team) => "NotifyTeam-" + team;

    public string Name => FunctionNameFor(team);

    public string QueueName => routing.Value.Teams[team].Queue;

    public async Task RunAsync(QueueDelivery delivery, CancellationToken cancellationToken)
    {
        var message = TicketMessage.Parse(delivery.MessageText);
        var mailbox = routing.Value.Teams[team].Mailbox;
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            LogNoMailbox(logger, team, message.TicketId);
            return;
        }

        var result = await onceOnly.SendAsync(tables.Tickets, message.TicketId, TicketRecord.RowKey, Prefix, (row, firstAttempt) =>
        {
            var ticket = TicketRecord.FromEntity(row);
            var link = new Uri(email.Value.StaffInboxUrl, "tickets/" + Uri.EscapeDataString(ticket.TicketId));
            var rendered = TeamNoticeTemplate.Render(
                new TeamNoticeModel(SendAcknowledgementFunction.ReferenceNumberOf(ticket.TicketId), ticket.Urgent, ticket.DueAt, link, email.Value.FromDisplayName),
                Core.Scheduling.WorkingCalendar.Stockholm);
            return new OutgoingEmail(mailbox, rendered.Subject, rendered.PlainText, rendered.Html, OutgoingEmail.KeyFor(Prefix, ticket.TicketId), firstAttempt);
        }, cancellationToken);

        // Refused for good: straight to poison, never retried. (Also when an earlier try recorded the refusal but
        // could not move the message.)
        if (result is OnceOnlyResult.Rejected or OnceOnlyResult.AlreadyRejected)
        {
            await PoisonQueue.SendAsync(queues, QueueName, delivery.MessageText, cancellationToken);
        }

        LogResult(logger, message.TicketId, team, result);
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Team notice for ticket {TicketId} to team {Team}: {Result}.")]
    private static partial void LogResult(ILogger logger, string ticketId, string team, OnceOnlyResult result);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Team {Team} has no mailbox configured (Routing:Teams:{Team}:Mailbox); ticket {TicketId} was not announced.")]
    private static partial void LogNoMailbox(ILogger logger, string team, string ticketId);
}
