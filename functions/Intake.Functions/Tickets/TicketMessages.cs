using Intake.Core.Submissions;
using System.Text.Json;
using Intake.Functions.Json;

namespace Intake.Functions.Tickets;

/// <summary>The message on a team's queue: ids, team, kind, urgency and due time. No personal data, no free text.</summary>
internal sealed record TicketMessage(string TicketId, string SubmissionId, string Team, string Kind, bool Urgent, DateTimeOffset DueAt)
{
    /// <summary>The message of <paramref name="ticket"/> as it now is (routed, or handed over).</summary>
    public static TicketMessage Of(TicketRecord ticket) =>
        new(ticket.TicketId, ticket.SubmissionId, ticket.Team, ticket.Kind.ToSlug(), ticket.Urgent, ticket.DueAt);

    public string Serialize() => JsonSerializer.Serialize(this, IntakeJsonContext.Default.TicketMessage);

    public static TicketMessage Parse(string text) =>
        JsonSerializer.Deserialize(text, IntakeJsonContext.Default.TicketMessage) ?? throw new InvalidDataException("Empty ticket message.");
}

/// <summary>The message on <c>email-outbox</c>: which submission to acknowledge. The address is read from the submission
/// when the e-mail is sent, so it never travels through a queue.</summary>
internal sealed record AcknowledgementMessage(string SubmissionId, string TicketId)
{
    public string Serialize() => JsonSerializer.Serialize(this, IntakeJsonContext.Default.AcknowledgementMessage);

    public static AcknowledgementMessage Parse(string text) =>
        JsonSerializer.Deserialize(text, IntakeJsonContext.Default.AcknowledgementMessage) ?? throw new InvalidDataException("Empty acknowledgement message.");
}
