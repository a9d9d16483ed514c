namespace Intake.Bot.Auth;

/// <summary>How inbound requests are authenticated (specs/bot-framework-protocol.md §5). Section "BotAuth".</summary>
internal sealed class BotAuthOptions
{
    public const string SectionName = "BotAuth";

    /// <summary>The bot's Microsoft App ID (for a managed-identity bot, the identity's client id): the only audience.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>Single-tenant or managed-identity bots: also accept Entra ID tokens issued by this tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>Metadata of tokens issued by the Bot Framework channels (issuer https://api.botframework.com).</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Metadata of Entra ID tokens; when null, the <see cref="TenantId"/>'s v2.0 document.</summary>
    public Uri? EntraOpenIdMetadataUrl { get; set; }

    /// <summary>
    /// Local development only (offline-directline sends no token): a request without an Authorization header is let in
    /// when its serviceUrl is a loopback address, and no outbound token is ever sent to that serviceUrl.
    /// </summary>
    public bool AllowUnauthenticatedLocalDevelopment { get; set; }

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Off only for tests against a metadata endpoint on 127.0.0.1.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The least time between two fetches of the metadata when one is not due (a token names an unknown key) or the
    /// last one failed: however many requests ask, one fetch per interval, shared by them all.
    /// </summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long metadata and keys are cached (the Agents SDK refreshes every 12 h; the docs ask for 24 h at most).</summary>
    public TimeSpan MetadataAutomaticRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Clock for token lifetimes and the metadata's intervals; tests move it.</summary>
    internal TimeProvider TimeProvider = TimeProvider.System;  // a field: configuration binding leaves it alone

    internal Uri? EntraMetadataUrl => EntraOpenIdMetadataUrl ?? (string.IsNullOrEmpty(TenantId)
        ? null
        : new Uri($"https://login.microsoftonline.com/{Uri.EscapeDataString(TenantId)}/v2.0/.well-known/openid-configuration"));
}
