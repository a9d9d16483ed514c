using Intake.Functions.Functions;
using Intake.Functions.Storage;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Staff;

internal sealed class PurgeStaffRecordsOptions
{
    public const string SectionName = "PurgeStaffRecords";

    /// <summary>Six-field NCRONTAB, UTC: by default once a night.</summary>
    public string Schedule { get; set; } = "0 20 2 * * *";

    /// <summary>At most this many rows of each table are tried per run; the rest wait for the next run.</summary>
    public int MaxPerRun { get; set; } = 1000;

    /// <summary>
    /// How long an inbox row of a ticket that left the team (closed, handed over) is kept. It guards against a late,
    /// older write bringing the ticket back into the list (a retried queue message; minutes, not weeks), so it must be
    /// far longer than any retry; after it, the row only makes the team's partition longer to read.
    /// </summary>
    public TimeSpan InboxTombstoneRetention { get; set; } = TimeSpan.FromDays(30);
}

/// <summary>
/// <c>PurgeStaffRecords</c> (timer): keeps the staff side's own tables small. Deletes the sign-out records of sessions
/// past their absolute end (<c>staffsessions</c>: such a cookie is refused by its age anyway) and the inbox rows of
/// tickets that left a team longer ago than <see cref="PurgeStaffRecordsOptions.InboxTombstoneRetention"/>
/// (<c>teaminbox</c>). Never an open inbox row, a ticket, its timeline or an audit record. Each delete is guarded by the
/// ETag the query returned, so a row written again since (a ticket handed back) is kept.
/// </summary>
internal sealed partial class PurgeStaffRecordsFunction(
    IntakeTables tables,
    TimeProvider clock,
    IOptions<PurgeStaffRecordsOptions> options,
    ILogger<PurgeStaffRecordsFunction> logger) : ITimerFunction
{
    public string Name => TimerFunctions.PurgeStaffRecords;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var max = options.Value.MaxPerRun;
        var sessions = await tables.StaffSessions.DeleteUnchangedAsync(
            tables.StaffSessions.Query($"EndsAt lt {now}", ["PartitionKey", "RowKey"], cancellationToken: cancellationToken), max, cancellationToken);
        var cutoff = now - options.Value.InboxTombstoneRetention;
        var inbox = await tables.TeamInbox.DeleteUnchangedAsync(
            tables.TeamInbox.Query($"State eq {TeamInbox.Left} and Timestamp lt {cutoff}", ["PartitionKey", "RowKey"], cancellationToken: cancellationToken), max, cancellationToken);
        LogDone(logger, sessions.Deleted, inbox.Deleted, inbox.Kept, sessions.LimitReached || inbox.LimitReached);
    }

    [LoggerMessage(EventId = 8201, Level = LogLevel.Information, Message = "Staff records purge: {Sessions} ended sign-out records and {Inbox} old inbox rows of tickets that left a team deleted, {Kept} kept (written again since the query); per-run limit reached: {LimitReached}.")]
    private static partial void LogDone(ILogger logger, int sessions, int inbox, int kept, bool limitReached);
}
