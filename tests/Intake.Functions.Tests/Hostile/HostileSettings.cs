using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hostile;

/// <summary>The app as Production runs it, with what a hostile client must not reach made observable.</summary>
internal static class HostileSettings
{
    public const string DirectLineSecret = "hostile-suite-direct-line-secret";

    public static Dictionary<string, string?> For(TestStorage storage, Uri directLine)
    {
        var settings = storage.Settings();

        // The bot as deployed: tokens required. Its OpenID metadata cannot be fetched (as when the issuer is down or
        // the network is, as here): an anonymous caller must not be able to turn that into an error of ours.
        var unreachable = $"https://127.0.0.1:{DirectLineEmulator.FreePort()}/.well-known/openidconfiguration";
        settings["BotAuth:AllowUnauthenticatedLocalDevelopment"] = "false";
        settings["BotAuth:AppId"] = BotCases.AppId;
        settings["BotAuth:TenantId"] = BotCases.TenantId;
        settings["BotAuth:OpenIdMetadataUrl"] = unreachable;
        settings["BotAuth:EntraOpenIdMetadataUrl"] = unreachable;

        // The staff sign-in configured, its identity provider unreachable: a hostile client must not turn that into a
        // 500 either (a sign-in that cannot start is a page that says so).
        settings["StaffAuth:Authority"] = $"https://127.0.0.1:{DirectLineEmulator.FreePort()}/tenant/v2.0";
        settings["StaffAuth:ClientId"] = "intake-staff";
        settings["StaffAuth:ClientSecret"] = "hostile-suite-client-secret";

        // The chat token endpoint with a secret, against a local Direct Line: it answers, so any 5xx would be ours.
        settings["Chat:DirectLineSecret"] = DirectLineSecret;
        settings["Chat:DirectLineEndpoint"] = directLine.ToString();

        // The app logs each request's start and end (method and path, nothing of the body), so that the test can wait
        // until it has finished every request before it counts what was stored.
        settings["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";

        // Nothing takes from the intake queue, so that it holds every message sent for a stored submission when counted.
        settings["AzureWebJobs.RouteSubmission.Disabled"] = "true";
        settings["AzureWebJobs.RedriveSubmissions.Disabled"] = "true";

        // The per-client rate limits far above this suite's rate, so that no case is answered 429 for its number rather
        // than its content (a 429 fails the suite as unexpected). RateLimitTests test the limits.
        foreach (var limit in new[] { "Submissions", "ChatToken", "Pages" })
        {
            settings[$"RateLimits:{limit}:PermitLimit"] = "1000000";
            settings[$"RateLimits:{limit}:Window"] = "00:01:00";
        }
        return settings;
    }
}
