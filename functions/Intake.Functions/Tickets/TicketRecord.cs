using Azure;
using Azure.Data.Tables;
using Intake.Core.Routing;
using Intake.Core.Submissions;

namespace Intake.Functions.Tickets;

internal static class TicketStatus
{
    public const string Open = "open";
}

/// <summary>
/// A ticket (table <c>tickets</c>): the staff's handle on one submission. Its keys are derived from the submission
/// id, so a second insert for the same submission conflicts instead of creating a second ticket: exactly one ticket
/// per submission, however often routing runs. It holds no personal data, only where the case went.
/// </summary>
internal sealed record TicketRecord(
    string SubmissionId,
    SubmissionKind Kind,
    string Team,
    string Queue,
    bool Urgent,
    DateTimeOffset DueAt,
    DateTimeOffset CreatedAt,
    string MatchedRules)
{
    public const string RowKey = "ticket";

    /// <summary>The ticket id is the submission's reference: the one number citizen and staff both use.</summary>
    public string TicketId => SubmissionId;

    public string Status { get; init; } = TicketStatus.Open;

    public bool TeamQueued { get; init; }

    /// <summary>The team's mailbox notice is on <c>team-notices</c>.</summary>
    public bool NoticeQueued { get; init; }

    public bool AcknowledgementQueued { get; init; }

    public ETag? ETag { get; init; }

    public static TicketRecord Create(string submissionId, SubmissionKind kind, RouteDecision decision, DateTimeOffset now) =>
        new(submissionId, kind, decision.Team, decision.Queue, decision.Urgent, decision.DueAt, now, string.Join(",", decision.MatchedRules));

    public TableEntity ToEntity() => new(SubmissionId, RowKey)
    {
        ["Kind"] = Kind.ToSlug(),
        ["Team"] = Team,
        ["Queue"] = Queue,
        ["Urgent"] = Urgent,
        ["DueAt"] = DueAt,
        ["CreatedAt"] = CreatedAt,
        ["MatchedRules"] = MatchedRules,
        ["Status"] = Status,
        ["TeamQueued"] = TeamQueued,
        ["NoticeQueued"] = NoticeQueued,
        ["AcknowledgementQueued"] = AcknowledgementQueued,
    };

    public static TicketRecord FromEntity(TableEntity e)
    {
        if (!SubmissionKinds.TryParseSlug(e.GetString("Kind"), out var kind))
        {
            throw new InvalidDataException($"Ticket {e.PartitionKey} has an unknown kind.");
        }

        return new(
            e.PartitionKey,
            kind,
            e.GetString("Team") ?? string.Empty,
            e.GetString("Queue") ?? string.Empty,
            e.GetBoolean("Urgent") ?? false,
            e.GetDateTimeOffset("DueAt") ?? default,
            e.GetDateTimeOffset("CreatedAt") ?? default,
            e.GetString("MatchedRules") ?? string.Empty)
        {
            Status = e.GetString("Status") ?? TicketStatus.Open,
            TeamQueued = e.GetBoolean("TeamQueued") ?? false,
            NoticeQueued = e.GetBoolean("NoticeQueued") ?? false,
            AcknowledgementQueued = e.GetBoolean("AcknowledgementQueued") ?? false,
            ETag = e.ETag,
        };
    }
}
