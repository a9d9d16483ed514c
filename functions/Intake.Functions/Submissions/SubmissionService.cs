using Azure;
using Azure.Data.Tables;
using Intake.Core.Localization;
using Intake.Core.References;
using Intake.Core.Submissions;
using Intake.Functions.Storage;
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
    private const int MaxReferenceAttempts = 3;

    public Task<SubmitOutcome> SubmitAsync(
        SubmissionKind kind, SubmissionInput input, Language language, string channel, CancellationToken cancellationToken) =>
        SubmitAsync(kind, input, language, channel, key: null, cancellationToken);

    /// <param name="key">The sender's idempotency key, if any: the same key and answers give the first submission back.</param>
    public async Task<SubmitOutcome> SubmitAsync(
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

        SubmissionRecord? stored;
        bool repeated;
        try
        {
            (stored, repeated) = await StoreAsync(kind, result.Answers!, language, channel, now, key, cancellationToken);
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
        return new SubmitOutcome.Accepted(stored);
    }

    private async Task<(SubmissionRecord Record, bool Repeated)> StoreAsync(
        SubmissionKind kind, Answers answers, Language language, string channel, DateTimeOffset now, IdempotencyKey? key,
        CancellationToken cancellationToken)
    {
        var answersJson = key is null ? null : AnswersJson.Write(QuestionModel.For(kind), answers);
        for (var attempt = 1; ; attempt++)
        {
            // With a key, the first attempt takes the reference derived from it and the answers; a repeat then meets
            // its own row.
            var reference = key is { } k && attempt == 1 ? k.Reference(kind, answersJson!) : ReferenceNumber.NewReference();
            var record = new SubmissionRecord(reference.Value, kind, SubmissionStatus.Received, now, language, channel, answers)
            {
                IdempotencyFingerprint = key?.Fingerprint(kind),
            };
            try
            {
                var etag = await tables.Submissions.InsertAsync(record.ToEntity(), cancellationToken);
                return (record with { ETag = etag }, false);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Our own insert, retried by the pipeline after its answer was lost, conflicts with itself: that is
                // success. The same key and answers posted again: the first submission. Anything else is a reference
                // collision (55 bits: all but impossible; other answers under the same key have a reference of their
                // own, so an edit after an answer that never arrived is a new submission): draw again.
                var existing = await tables.Submissions.GetOrNullAsync(record.Id, SubmissionRecord.RowKey, cancellationToken);
                if (existing is not null && IsSame(existing, record))
                {
                    return (record with { ETag = existing.ETag }, false);
                }

                if (existing is not null && record.IdempotencyFingerprint is { } fingerprint
                    && existing.GetString("IdempotencyFingerprint") == fingerprint && HasSameAnswers(existing, record))
                {
                    return (SubmissionRecord.FromEntity(existing), true);
                }

                LogReferenceCollision(logger, attempt);

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
