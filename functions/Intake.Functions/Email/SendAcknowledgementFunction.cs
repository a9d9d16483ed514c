using System.Diagnostics;
using Intake.Core.Localization;
using Intake.Core.Routing;
using Intake.Core.Scheduling;
using Intake.Core.Submissions;
using Intake.Functions.Email.Templates;
using Intake.Functions.Functions;
using Intake.Functions.Storage;
using Intake.Functions.Submissions;
using Intake.Functions.Telemetry;
using Intake.Functions.Tickets;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Email;

/// <summary>
/// <c>SendAcknowledgement</c> (queue <c>email-outbox</c>): one acknowledgement per submission, never two. The address
/// is read from the submission here, never carried by the queue. A refused e-mail (bad address) is recorded on the
/// submission and its message moved to <c>email-outbox-poison</c> at once; transient failures are thrown and retried.
/// </summary>
internal sealed partial class SendAcknowledgementFunction(
    IntakeTables tables,
    IntakeQueues queues,
    OnceOnlyEmail onceOnly,
    IOptions<StorageNames> names,
    IOptions<RoutingOptions> routing,
    IOptions<ContactOptions> contact,
    MunicipalFacts facts,
    IOptions<EmailOptions> email,
    ILogger<SendAcknowledgementFunction> logger) : IQueueFunction
{
    public const string Prefix = "Acknowledgement";

    public string Name => QueueFunctions.SendAcknowledgement;

    public async Task RunAsync(QueueDelivery delivery, CancellationToken cancellationToken)
    {
        var message = AcknowledgementMessage.Parse(delivery.MessageText);
        Activity.Current?.SetTag(IntakeTelemetry.SubmissionId, message.SubmissionId);
        var n = names.Value;
        var ticket = TicketRecord.FromEntity(await tables.Tickets.GetOrNullAsync(message.TicketId, TicketRecord.RowKey, cancellationToken)
            ?? throw new InvalidOperationException($"Ticket {message.TicketId} does not exist."));

        var result = await onceOnly.SendAsync(tables.Submissions, message.SubmissionId, SubmissionRecord.RowKey, Prefix,
            (row, firstAttempt) => Build(SubmissionRecord.FromEntity(row), ticket, firstAttempt), cancellationToken);

        // Refused for good: straight to poison, never retried. (Also when an earlier try recorded the refusal but
        // could not move the message.)
        if (result is OnceOnlyResult.Rejected or OnceOnlyResult.AlreadyRejected)
        {
            await PoisonQueue.SendAsync(queues, n.EmailOutboxQueue, delivery.MessageText, cancellationToken);
        }

        LogResult(logger, message.SubmissionId, result, delivery.DequeueCount);
    }

    private OutgoingEmail Build(SubmissionRecord submission, TicketRecord ticket, DateTimeOffset firstAttempt)
    {
        var address = submission.EmailAddress ?? throw new InvalidOperationException($"Submission {submission.Id} has no e-mail address.");
        var team = routing.Value.Teams.TryGetValue(ticket.Team, out var t) ? t : new TeamOptions();
        var calendar = new WorkingCalendar(new OfficeHours(TimeOnly.FromTimeSpan(team.Opens), TimeOnly.FromTimeSpan(team.Closes)), WorkingCalendar.Stockholm);
        var model = new AcknowledgementModel(
            ReferenceNumberOf(submission.Id),
            submission.Kind,
            submission.Language,
            calendar.ContactDayFor(submission.ReceivedAt),
            submission.Kind == SubmissionKind.Concern && ticket.Urgent && ticket.DueAt - submission.ReceivedAt <= TimeSpan.FromHours(24),
            AcknowledgementTemplate.HelplinesFor(contact.Value, submission.Answers),
            contact.Value,
            facts,
            email.Value.FromDisplayName);
        var rendered = AcknowledgementTemplate.Render(model);
        return new OutgoingEmail(address, rendered.Subject, rendered.PlainText, rendered.Html, OutgoingEmail.KeyFor(Prefix, submission.Id), firstAttempt);
    }

    internal static Core.References.ReferenceNumber ReferenceNumberOf(string id) =>
        Core.References.ReferenceNumber.TryParse(id, out var reference) ? reference : throw new InvalidDataException($"{id} is not a reference number.");

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Acknowledgement for submission {SubmissionId}: {Result} (delivery {DequeueCount}).")]
    private static partial void LogResult(ILogger logger, string submissionId, OnceOnlyResult result, long dequeueCount);
}
