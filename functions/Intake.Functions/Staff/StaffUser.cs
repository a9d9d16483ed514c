using System.Security.Claims;

namespace Intake.Functions.Staff;

/// <summary>
/// A signed-in staff member as the app sees them: a stable id (Entra ID's object id), the name shown to colleagues,
/// the teams their app roles give them (<see cref="StaffAuthOptions.Teams"/>) and whether they lead those teams. No
/// role that maps to a team means no access at all.
/// </summary>
internal sealed record StaffUser(string Id, string Name, IReadOnlySet<string> Teams, bool IsLead)
{
    public bool MayWork(string team) => Teams.Contains(team);

    /// <summary>The user of a principal the sign-in produced, or null when it lacks an id.</summary>
    public static StaffUser? From(ClaimsPrincipal principal, StaffAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(options);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirst("oid")?.Value ?? principal.FindFirst("sub")?.Value;
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var roles = principal.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var teams = options.Teams.Where(pair => roles.Contains(pair.Key)).Select(pair => pair.Value).ToHashSet(StringComparer.Ordinal);
        var name = principal.FindFirst("name")?.Value ?? principal.FindFirst("preferred_username")?.Value ?? id;
        return new StaffUser(id, name, teams, roles.Contains(options.LeadRole) && teams.Count > 0);
    }
}
