using System.Globalization;
using System.Security.Cryptography;
using Azure.Data.Tables;
using Intake.Functions.Storage;

namespace Intake.Functions.Staff;

/// <summary>What staff did, as the audit records it.</summary>
internal static class AuditActions
{
    public const string ListInbox = "list";
    public const string ReadTicket = "read";
    public const string Claim = "claim";
    public const string Note = "note";
    public const string HandOver = "hand-over";
    public const string Close = "close";
    public const string DownloadReport = "report";
}

/// <summary>One audit record, as the log-review report lists it.</summary>
internal sealed record AuditRecord(DateTimeOffset At, string UserId, string UserName, string Team, string? TicketId, string Action, string Function);

/// <summary>
/// The audit (table <c>audit</c>): who read or changed which ticket, when, doing what, through which function. One
/// partition per month (Swedish time), so the monthly log review (loggranskning) is one partition read; row keys are
/// the time and a random suffix, so records never collide. The app only ever inserts here: there is no update or
/// delete of an audit record anywhere in it. A record is written **before** the data it is about is returned, and a
/// failed write fails the request (fail closed).
/// </summary>
internal sealed class AuditLog(IntakeTables tables, TimeProvider clock)
{
    /// <summary>A row key that sorts by time and never collides: the time, then a random suffix (audit records, timeline
    /// entries: rows that are only ever inserted).</summary>
    public static string TimeOrderedKey(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks:D19}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6))}");

    public static string MonthOf(DateTimeOffset at) => SwedishMonth(at).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task RecordAsync(StaffUser user, string team, string? ticketId, string action, string function, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var at = clock.GetUtcNow();
        var row = new TableEntity(MonthOf(at), TimeOrderedKey(at))
        {
            ["At"] = at,
            ["UserId"] = user.Id,
            ["UserName"] = user.Name,
            ["Team"] = team,
            ["TicketId"] = ticketId,
            ["Action"] = action,
            ["Function"] = function,
        };
        await tables.Audit.InsertAsync(row, cancellationToken);
    }

    /// <summary>A month's records (<paramref name="month"/> as yyyy-MM), oldest first, for the given teams only.</summary>
    public async Task<IReadOnlyList<AuditRecord>> MonthAsync(string month, IReadOnlySet<string> teams, CancellationToken cancellationToken)
    {
        var records = new List<AuditRecord>();
        await foreach (var row in tables.Audit.Query($"PartitionKey eq {month}", cancellationToken: cancellationToken))
        {
            var team = row.GetString("Team") ?? string.Empty;
            if (teams.Contains(team))
            {
                records.Add(new AuditRecord(
                    row.GetDateTimeOffset("At") ?? default,
                    row.GetString("UserId") ?? string.Empty,
                    row.GetString("UserName") ?? string.Empty,
                    team,
                    row.GetString("TicketId"),
                    row.GetString("Action") ?? string.Empty,
                    row.GetString("Function") ?? string.Empty));
            }
        }

        return records;
    }

    private static DateTime SwedishMonth(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Submissions.SwedishTime.Zone).DateTime;
}
