namespace Intake.Functions.Staff;

/// <summary>
/// The staff sign-in (configuration section <c>StaffAuth</c>): the municipality's Entra ID tenant (or, locally, the
/// development provider <c>scripts/dev-oidc.mjs</c>) through OpenID Connect, and which app role gives which team.
/// </summary>
internal sealed class StaffAuthOptions
{
    public const string SectionName = "StaffAuth";

    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>. Without it the staff side is off.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From Key Vault (a Key Vault reference) or the environment; never in a file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>App role (the token's <c>roles</c> claim) → team id (a key of <c>Routing:Teams</c>).</summary>
    public Dictionary<string, string> Teams { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The app role of a team lead: with a team role, the lead may download that team's log-review report.</summary>
    public string LeadRole { get; set; } = "Team.Lead";

    /// <summary>A session unused this long ends (sliding).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, used or not.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
