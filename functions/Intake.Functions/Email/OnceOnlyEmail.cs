using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Intake.Functions.Storage;
using Intake.Functions.Telemetry;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Email;

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
internal sealed class OnceOnlyEmail(IEmailSender sender, IOptions<EmailOptions> options, TimeProvider clock)
{
    private const int MaxConflicts = 3;

    public async Task<OnceOnlyResult> SendAsync(
        TableClient table, string partitionKey, string rowKey, string prefix,
        Func<TableEntity, DateTimeOffset, OutgoingEmail> build, CancellationToken cancellationToken)
    {
        var claimColumn = prefix + "ClaimedUntil";
        var claim = await RowClaims.ClaimAsync(
            table, partitionKey, rowKey, claimColumn, options.Value.ClaimDuration, clock,
            row => row.GetDateTimeOffset(prefix + "SentAt") is not null || row.GetString(prefix + "Error") is not null,
            cancellationToken,
            addToClaim: (row, update, now) => update[prefix + "FirstAttemptAt"] = row.GetDateTimeOffset(prefix + "FirstAttemptAt") ?? now);
        var kind = KindOf(prefix);
        if (claim.IsDone)
        {
            return Counted(kind, claim.Row.GetDateTimeOffset(prefix + "SentAt") is not null ? OnceOnlyResult.AlreadySent : OnceOnlyResult.AlreadyRejected);
        }

        var firstAttempt = claim.Row.GetDateTimeOffset(prefix + "FirstAttemptAt")!.Value;
        SendOutcome outcome;
        using (var activity = IntakeTelemetry.Source.StartActivity("intake.email.send", ActivityKind.Client))
        {
            activity?.SetTag(IntakeTelemetry.EmailKind, kind).SetTag(IntakeTelemetry.EmailSender, options.Value.Sender.ToString());
            try
            {
                outcome = await sender.SendAsync(build(claim.Row, firstAttempt), cancellationToken);
                activity?.SetTag(IntakeTelemetry.Outcome, outcome is SendOutcome.Sent ? "sent" : "refused");
            }
            catch (Exception ex)
            {
                activity.Failed(ex);
                IntakeTelemetry.Emails.Add(1, new(IntakeTelemetry.EmailKind, kind), new(IntakeTelemetry.Outcome, "failed"));

                // Let the next delivery try at once instead of finding our claim and waiting for it.
                await RowClaims.ReleaseAsync(table, partitionKey, rowKey, claimColumn, clock);
                throw;
            }
        }

        await RecordAsync(table, partitionKey, rowKey, prefix, outcome, claim.ETag!.Value, cancellationToken);
        return Counted(kind, outcome is SendOutcome.Sent ? OnceOnlyResult.Sent : OnceOnlyResult.Rejected);
    }

    /// <summary>"Acknowledgement" → acknowledgement, "TeamNotice" → team-notice: the e-mail's kind in telemetry.</summary>
    private static string KindOf(string prefix)
    {
        var kind = new System.Text.StringBuilder(prefix.Length + 4);
        foreach (var c in prefix)
        {
            if (char.IsUpper(c) && kind.Length > 0)
            {
                kind.Append('-');
            }

            kind.Append(char.ToLowerInvariant(c));
        }

        return kind.ToString();
    }

    private static OnceOnlyResult Counted(string kind, OnceOnlyResult result)
    {
        var outcome = result switch
        {
            OnceOnlyResult.Sent => "sent",
            OnceOnlyResult.AlreadySent => "already-sent",
            OnceOnlyResult.Rejected => "refused",
            _ => "already-refused",
        };
        IntakeTelemetry.Emails.Add(1, new(IntakeTelemetry.EmailKind, kind), new(IntakeTelemetry.Outcome, outcome));
        return result;
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
}
