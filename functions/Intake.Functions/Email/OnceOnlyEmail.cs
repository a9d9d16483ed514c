using Azure;
using Azure.Data.Tables;
using Intake.Functions.Storage;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Email;

/// <summary>The same e-mail is being sent by another worker right now: try again later.</summary>
internal sealed class EmailInProgressException(string id) : Exception($"An e-mail for {id} is being sent by another worker.");

internal enum OnceOnlyResult
{
    Sent,
    AlreadySent,
    Rejected,
    AlreadyRejected,
}

/// <summary>
/// Sends one e-mail at most once for one table row, however often its queue message comes: the row records, with
/// ETag-guarded updates, a claim while sending (<c>{Prefix}ClaimedUntil</c>, <c>{Prefix}FirstAttemptAt</c>) and the
/// outcome (<c>{Prefix}SentAt</c> or <c>{Prefix}Error</c>). Between a send and its record a crash can still repeat the
/// send; the e-mail's idempotency key lets the sender recognise that (ACS repeatability, the pickup file name).
/// </summary>
internal sealed class OnceOnlyEmail( IEmailSender sender, IOptions<EmailOptions> options, TimeProvider clock)
{
    private const int MaxConflicts = 3;

    public async Task<OnceOnlyResult> SendAsync(
        TableClient table, string partitionKey, string rowKey, string prefix,
        Func<TableEntity, DateTimeOffset, OutgoingEmail> build, CancellationToken cancellationToken)
    {
        for (var conflict = 1; ; conflict++)
        {
            var row = await table.GetOrNullAsync(partitionKey, rowKey, cancellationToken)
                ?? throw new InvalidOperationException($"{table.Name} row {partitionKey} does not exist.");
            if (row.GetDateTimeOffset(prefix + "SentAt") is not null)
            {
                return OnceOnlyResult.AlreadySent;
            }

            if (row.GetString(prefix + "Error") is not null)
            {
                return OnceOnlyResult.AlreadyRejected;
            }

            var now = clock.GetUtcNow();
            if (row.GetDateTimeOffset(prefix + "ClaimedUntil") is { } claimedUntil && claimedUntil > now)
            {
                // Another try holds the claim (sending now, or it died before recording): wait for it to finish or
                // lapse, rather than burn this delivery's try. Bounded by the claim's own length.
                if (claimedUntil - now > options.Value.ClaimDuration || conflict >= MaxConflicts)
                {
                    throw new EmailInProgressException(partitionKey);
                }

                await Task.Delay(claimedUntil - now + TimeSpan.FromMilliseconds(100), clock, cancellationToken);
                continue;
            }

            var firstAttempt = row.GetDateTimeOffset(prefix + "FirstAttemptAt") ?? now;
            ETag etag;
            try
            {
                etag = await table.UpdateAsync(new TableEntity(partitionKey, rowKey)
                {
                    [prefix + "ClaimedUntil"] = now + options.Value.ClaimDuration,
                    [prefix + "FirstAttemptAt"] = firstAttempt,
                }, row.ETag, TableUpdateMode.Merge, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && conflict < MaxConflicts)
            {
                continue;  // The row changed since it was read (another step, another worker): read it again.
            }

            SendOutcome outcome;
            try
            {
                outcome = await sender.SendAsync(build(row, firstAttempt), cancellationToken);
            }
            catch
            {
                // Let the next delivery try at once instead of finding our claim and giving up.
                await ReleaseClaimAsync(table, partitionKey, rowKey, prefix);
                throw;
            }

            await RecordAsync(table, partitionKey, rowKey, prefix, outcome, etag, cancellationToken);
            return outcome is SendOutcome.Sent ? OnceOnlyResult.Sent : OnceOnlyResult.Rejected;
        }
    }

    /// <summary>Records the outcome with If-Match on the claim's ETag. If the row changed meanwhile (another step merged
    /// into it), it is read again and the outcome recorded on the new version: the claim keeps other senders out.</summary>
    private async Task RecordAsync(
        TableClient table, string partitionKey, string rowKey, string prefix, SendOutcome outcome, ETag etag, CancellationToken cancellationToken)
    {
        var record = new TableEntity(partitionKey, rowKey) { [prefix + "ClaimedUntil"] = clock.GetUtcNow() };
        if (outcome is SendOutcome.Sent sent)
        {
            record[prefix + "SentAt"] = clock.GetUtcNow();
            record[prefix + "ProviderId"] = sent.ProviderId;
        }
        else
        {
            record[prefix + "Error"] = ((SendOutcome.Rejected)outcome).Code;
        }

        for (var conflict = 1; ; conflict++)
        {
            try
            {
                await table.UpdateAsync(record, etag, TableUpdateMode.Merge, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && conflict < MaxConflicts)
            {
                var row = await table.GetOrNullAsync(partitionKey, rowKey, cancellationToken)
                    ?? throw new InvalidOperationException($"{table.Name} row {partitionKey} disappeared while sending.", ex);
                etag = row.ETag;
            }
        }
    }

    private async Task ReleaseClaimAsync(TableClient table, string partitionKey, string rowKey, string prefix)
    {
        try
        {
            var release = new TableEntity(partitionKey, rowKey) { [prefix + "ClaimedUntil"] = clock.GetUtcNow() };
            await table.UpdateAsync(release, ETag.All, TableUpdateMode.Merge, CancellationToken.None);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, CancellationToken.None))
        {
            // The claim then simply runs out (Email:ClaimDuration).
        }
    }
}
