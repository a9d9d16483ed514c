using Azure;
using Azure.Data.Tables;
using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Functions.Submissions;

internal static class SubmissionStatus
{
    public const string Received = "received";
    public const string Routed = "routed";
}

/// <summary>
/// A stored submission (table <c>submissions</c>). The partition key is the reference number: random, so writes
/// spread over partitions, and a point read finds it. Nothing about the sender's connection (IP address, user
/// agent) is ever part of it.
/// </summary>
internal sealed record SubmissionRecord(
    string Id,
    SubmissionKind Kind,
    string Status,
    DateTimeOffset ReceivedAt,
    Language Language,
    string Channel,
    Answers Answers)
{
    public const string RowKey = "submission";

    public ETag? ETag { get; init; }

    public DateTimeOffset? RoutedAt { get; init; }

    /// <summary>With a sender's idempotency key: its fingerprint (<see cref="IdempotencyKey.Fingerprint"/>), not the key.</summary>
    public string? IdempotencyFingerprint { get; init; }

    /// <summary>The address an acknowledgement goes to, if the person gave one.</summary>
    public string? EmailAddress => Answers.Get("email") ?? Answers.Get("reporterEmail");

    public TableEntity ToEntity() => new(Id, RowKey)
    {
        ["Kind"] = Kind.ToSlug(),
        ["Status"] = Status,
        ["ReceivedAt"] = ReceivedAt,
        ["Language"] = Language.ToCode(),
        ["Channel"] = Channel,
        ["Answers"] = AnswersJson.Write(QuestionModel.For(Kind), Answers),
        ["RoutedAt"] = RoutedAt,
        ["IdempotencyFingerprint"] = IdempotencyFingerprint,
        ["SchemaVersion"] = 1,
    };

    public static SubmissionRecord FromEntity(TableEntity entity)
    {
        if (!SubmissionKinds.TryParseSlug(entity.GetString("Kind"), out var kind))
        {
            throw new InvalidDataException($"Submission {entity.PartitionKey} has an unknown kind.");
        }

        return new(
            entity.PartitionKey,
            kind,
            entity.GetString("Status") ?? SubmissionStatus.Received,
            entity.GetDateTimeOffset("ReceivedAt") ?? throw new InvalidDataException($"Submission {entity.PartitionKey} has no ReceivedAt."),
            Languages.FromCode(entity.GetString("Language")),
            entity.GetString("Channel") ?? "api",
            AnswersJson.Read(entity.GetString("Answers") ?? "{}"))
        {
            ETag = entity.ETag,
            RoutedAt = entity.GetDateTimeOffset("RoutedAt"),
            IdempotencyFingerprint = entity.GetString("IdempotencyFingerprint"),
        };
    }
}
