using Azure;
using Azure.Data.Tables;
using Intake.Core.Routing;
using Intake.Core.Submissions;

namespace Intake.Functions.Tickets;

internal static class TicketStatus
{
    public const string Open = "open";

    public const string Closed = "closed";
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

    /// <summary>Raised by one on every change staff make (the team inbox keeps the highest it has seen).</summary>
    public int Version { get; init; } = 1;

    /// <summary>Who has claimed it (the staff member's stable id) and the name shown for them.</summary>
    public string? ClaimedBy { get; init; }

    public string? ClaimedByName { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>Where the team's work ended (<see cref="TicketOutcomes"/>), once closed.</summary>
    public string? Outcome { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>For a concern about a child: when the decision whether to open an investigation is due (14 days).</summary>
    public DateTimeOffset? DecisionDueAt { get; init; }

    /// <summary>After a hand-over: the team it came from (its inbox keeps a tombstone).</summary>
    public string? HandedOverFrom { get; init; }

    /// <summary>After a hand-over: whether its message is on the new team's queue yet (null: no hand-over).</summary>
    public bool? HandOverQueued { get; init; }

    public bool IsOpen => Status == TicketStatus.Open;

    public ETag? ETag { get; init; }

    public static TicketRecord Create(string submissionId, SubmissionKind kind, RouteDecision decision, DateTimeOffset now) =>
        new(submissionId, kind, decision.Team, decision.Queue, decision.Urgent, decision.DueAt, now, string.Join(",", decision.MatchedRules))
        {
            DecisionDueAt = decision.DecisionDueAt,
        };

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
        ["Version"] = Version,
        // Written as "" when not claimed: staff write with Merge (other columns on the row belong to routing and the
        // e-mail steps), and a merge leaves a column it does not name as it was, so a hand-over's "nobody" is "".
        ["ClaimedBy"] = ClaimedBy ?? string.Empty,
        ["ClaimedByName"] = ClaimedByName ?? string.Empty,
        ["ClaimedAt"] = ClaimedAt,
        ["Outcome"] = Outcome,
        ["ClosedAt"] = ClosedAt,
        ["DecisionDueAt"] = DecisionDueAt,
        ["HandedOverFrom"] = HandedOverFrom,
        ["HandOverQueued"] = HandOverQueued,
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
            Version = e.GetInt32("Version") ?? 1,
            ClaimedBy = NullIfEmpty(e.GetString("ClaimedBy")),
            ClaimedByName = NullIfEmpty(e.GetString("ClaimedByName")),
            ClaimedAt = NullIfEmpty(e.GetString("ClaimedBy")) is null ? null : e.GetDateTimeOffset("ClaimedAt"),
            Outcome = e.GetString("Outcome"),
            ClosedAt = e.GetDateTimeOffset("ClosedAt"),
            DecisionDueAt = e.GetDateTimeOffset("DecisionDueAt"),
            HandedOverFrom = e.GetString("HandedOverFrom"),
            HandOverQueued = e.GetBoolean("HandOverQueued"),
            ETag = e.ETag,
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
