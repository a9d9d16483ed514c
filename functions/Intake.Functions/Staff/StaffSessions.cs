using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Intake.Functions.Storage;

namespace Intake.Functions.Staff;

/// <summary>
/// Sign-out that holds (table <c>staffsessions</c>). A session lives in the app's own encrypted cookie (decision
/// 0012), so deleting the cookie ends it in that browser only: a copy of the cookie (a second browser profile, a
/// proxy's or a tool's log, a stolen one) would go on working until idle for 30 minutes or 10 hours old, kept alive by
/// its own use. So each session gets an id of its own at sign-in, carried inside the encrypted cookie, and signing
/// out writes that id here; a session whose id is here, or that carries none, is no session. One point read per staff
/// request, made by the staff endpoints (never for the citizen side). A row holds a random id and two times, nothing
/// about the person; after <c>EndsAt</c> (the session's absolute end) the cookie is refused anyway and the row may go.
/// </summary>
internal sealed class StaffSessions(IntakeTables tables, TimeProvider clock)
{
    private const string RowKey = "signed-out";

    /// <summary>A new session's id: 128 random bits.</summary>
    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether <paramref name="value"/> has the shape of an id this class makes (it becomes a partition key).</summary>
    public static bool IsId(string? value) => value is { Length: 32 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'A' and <= 'F');

    public async Task<bool> IsSignedOutAsync(string id, CancellationToken cancellationToken) =>
        await tables.StaffSessions.GetOrNullAsync(id, RowKey, cancellationToken) is not null;

    /// <summary>Records that the session <paramref name="id"/> was signed out (again is no error).</summary>
    public async Task SignOutAsync(string id, DateTimeOffset endsAt, CancellationToken cancellationToken)
    {
        var row = new TableEntity(id, RowKey)
        {
            ["SignedOutAt"] = clock.GetUtcNow(),
            ["EndsAt"] = endsAt,
        };
        try
        {
            await tables.StaffSessions.InsertAsync(row, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Signed out before (a second tab, a double click): it stays signed out.
        }
    }
}
