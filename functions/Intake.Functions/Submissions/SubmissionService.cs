using Azure;
using Azure.Data.Tables;
using Intake.Core.Localization;
using Intake.Core.References;
using Intake.Core.Submissions;
using Intake.Functions.Storage;
using Intake.Functions.Telemetry;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Submissions;

/// <summary>The outcome of <see cref="SubmissionService.SubmitAsync"/>.</summary>
internal abstract record SubmitOutcome
{
    private SubmitOutcome()
    {
    }

    public sealed record Accepted(SubmissionRecord Submission) : SubmitOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SubmitOutcome;

    /// <summary>Nothing was stored: the person must try again later.</summary>
    public sealed record StorageUnavailable : SubmitOutcome;
}

/// <summary>
/// Accepts one submission from any channel (JSON API, web form, chatbot): validate, store with status
/// <c>received</c>, queue it for routing. It answers Accepted only once the submission is stored. A submission that
/// is stored but could not be queued is still accepted: the redrive timer queues it later.
/// </summary>
internal sealed partial class SubmissionService(
    IntakeTables tables,
    IntakeQueues queues,
    TimeProvider clock,
    ILogger<SubmissionService> logger)
{
    private const int MaxReferenceAttempts = 10;

    /// <summary>How many submissions one key can name (one per edit of the answers, or per day for the same answers).</summary>
    private const int MaxKeyGenerations = 8;

    public Task<SubmitOutcome> SubmitAsync(
        SubmissionKind kind, SubmissionInput input, Language language, string channel, CancellationToken cancellationToken) =>
        SubmitAsync(kind, input, language, channel, key: null, cancellationToken);

    /// <param name="key">The sender's idempotency key, if any: the same key and answers give the first submission back.</param>
    public async Task<SubmitOutcome> SubmitAsync(
        SubmissionKind kind, SubmissionInput input, Language language, string channel, IdempotencyKey? key, CancellationToken cancellationToken)
    {
        using var activity = IntakeTelemetry.Source.StartActivity("intake.accept");
        activity?.SetTag(IntakeTelemetry.Kind, kind.ToSlug());
        activity?.SetTag(IntakeTelemetry.Channel, channel);
        try
        {
            var outcome = await AcceptAsync(kind, input, language, channel, key, cancellationToken);
            activity?.SetTag(IntakeTelemetry.Outcome, outcome switch
            {
                SubmitOutcome.Accepted => "accepted",
                SubmitOutcome.Invalid => "invalid",
                _ => "storage-unavailable",
            });
            if (outcome is SubmitOutcome.Accepted accepted)
            {
                activity?.SetTag(IntakeTelemetry.SubmissionId, accepted.Submission.Id);
            }

            return outcome;
        }
        catch (Exception ex)
        {
            activity.Failed(ex);
            throw;
        }
    }

    private async Task<SubmitOutcome> AcceptAsync(
        SubmissionKind kind, SubmissionInput input, Language language, string channel, IdempotencyKey? key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var slug = kind.ToSlug();
        var result = SubmissionValidator.Validate(QuestionModel.For(kind), input, SwedishTime.Today(now));
        if (!result.IsValid)
        {
            LogRejected(logger, slug, channel, result.Errors.Count);
            return new SubmitOutcome.Invalid(result.Errors);
        }

        // Without a key of the sender's, the answers are the key: a retry after an answer that never arrived, or after a
        // 503 whose insert landed after all, is the first submission, never a second.
        key ??= IdempotencyKey.FromAnswers(channel, AnswersJson.Write(QuestionModel.For(kind), result.Answers!));
        SubmissionRecord? stored;
        bool repeated;
        try
        {
            (stored, repeated) = await StoreAsync(kind, result.Answers!, language, channel, now, key.Value, cancellationToken);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, cancellationToken))
        {
            LogStoreFailed(logger, ex, slug, channel);
            return new SubmitOutcome.StorageUnavailable();
        }

        if (repeated)
        {
            // Stored (and queued, or left for the redrive timer) by the first post: nothing more to do.
            LogRepeated(logger, stored.Id, slug, channel);
            return new SubmitOutcome.Accepted(stored);
        }

        try
        {
            await queues.Intake.SendAsync(IntakeMessage.Serialize(stored.Id), cancellationToken);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, cancellationToken))
        {
            LogQueueFailed(logger, ex, stored.Id);
        }

        LogAccepted(logger, stored.Id, slug, channel);
        IntakeTelemetry.SubmissionsAccepted.Add(1, new(IntakeTelemetry.Kind, slug), new(IntakeTelemetry.Channel, channel));
        return new SubmitOutcome.Accepted(stored);
    }

    private async Task<(SubmissionRecord Record, bool Repeated)> StoreAsync(
        SubmissionKind kind, Answers answers, Language language, string channel, DateTimeOffset now, IdempotencyKey key,
        CancellationToken cancellationToken)
    {
        var generation = 0;
        var keyed = true;
        for (var attempt = 1; ; attempt++)
        {
            // The reference derived from the key (its next generation when the key's earlier ones hold other answers);
            // a repeat then meets its own row. Random only after a chance collision.
            var reference = keyed ? key.Reference(kind, generation) : ReferenceNumber.NewReference();
            var record = new SubmissionRecord(reference.Value, kind, SubmissionStatus.Received, now, language, channel, answers)
            {
                IdempotencyFingerprint = keyed ? key.Fingerprint(kind) : null,
            };
            try
            {
                var etag = await tables.Submissions.InsertAsync(record.ToEntity(), cancellationToken);
                return (record with { ETag = etag }, false);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Our own insert, retried by the pipeline after its answer was lost, conflicts with itself: that is
                // success. The same key and answers posted again: the first submission (for a key made from the
                // answers, only within its window). The same key with other answers (edited after an answer that never
                // arrived), or the same answers after the window: a new submission in the key's next generation,
                // nothing is dropped. Anything else is a chance collision (55 bits: all but impossible): draw again.
                var existing = await tables.Submissions.GetOrNullAsync(record.Id, SubmissionRecord.RowKey, cancellationToken);
                if (existing is not null && IsSame(existing, record))
                {
                    return (record with { ETag = existing.ETag }, false);
                }

                if (keyed && existing is not null && existing.GetString("IdempotencyFingerprint") == record.IdempotencyFingerprint)
                {
                    if (HasSameAnswers(existing, record)
                        && (!key.IsImplicit || existing.GetDateTimeOffset("ReceivedAt") > now - IdempotencyKey.ImplicitWindow))
                    {
                        return (SubmissionRecord.FromEntity(existing), true);
                    }

                    generation++;
                    keyed = generation < MaxKeyGenerations;
                }
                else
                {
                    LogReferenceCollision(logger, attempt);
                    keyed = false;
                }

                if (attempt >= MaxReferenceAttempts)
                {
                    throw;
                }
            }
        }
    }

    private static bool IsSame(TableEntity stored, SubmissionRecord record) =>
        stored.GetDateTimeOffset("ReceivedAt") == record.ReceivedAt && HasSameAnswers(stored, record);

    private static bool HasSameAnswers(TableEntity stored, SubmissionRecord record) =>
        stored.GetString("Kind") == record.Kind.ToSlug() && stored.GetString("Answers") == record.ToEntity().GetString("Answers");

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Submission {SubmissionId} accepted: kind {Kind}, channel {Channel}.")]
    private static partial void LogAccepted(ILogger logger, string submissionId, string kind, string channel);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Submission rejected: kind {Kind}, channel {Channel}, {ErrorCount} field errors.")]
    private static partial void LogRejected(ILogger logger, string kind, string channel, int errorCount);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Submission not stored: kind {Kind}, channel {Channel}. The sender was told to try again.")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string kind, string channel);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Submission {SubmissionId} stored but not queued; the redrive timer will queue it.")]
    private static partial void LogQueueFailed(ILogger logger, Exception exception, string submissionId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Submission {SubmissionId} posted again with its idempotency key: kind {Kind}, channel {Channel}; answered with the first.")]
    private static partial void LogRepeated(ILogger logger, string submissionId, string kind, string channel);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Reference number collision on attempt {Attempt}; drawing a new one.")]
    private static partial void LogReferenceCollision(ILogger logger, int attempt);
}
