namespace Intake.Functions.Tests.Hostile;

/// <summary>Every endpoint with every method, odd paths (the background functions' names, the Functions host's own
/// paths, traversal, encodings, case and slashes), and hostile query strings.</summary>
internal static class RouteCases
{
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO", "get", "G@T", new('M', 300)];

    private static readonly string[] Paths =
    [
        "/api/RouteSubmission", "/api/SendAcknowledgement", "/api/NotifyTeam", "/api/RedriveSubmissions", "/api/PurgeConversations", "/api/PurgeStaffRecords",
        "/RouteSubmission", "/admin/functions/RouteSubmission", "/admin/functions/RedriveSubmissions", "/admin/host/status", "/admin/host/keys",
        "/runtime/webhooks/durabletask", "/runtime/webhooks/eventgrid", "/api", "/api/", "/admin", "/.well-known/openid-configuration",
        "/API/CONCERNS", "/api/concerns/", "/api//concerns", "/api/concerns%2f", "/api/concerns;x", "/api/concerns/..", "/api/concerns/../health",
        "/api/%63oncerns", "/%2e%2e/%2e%2e/etc/passwd", "/static/../appsettings.json", "/static/%2e%2e%2fappsettings.json", "/static/..%5cappsettings.json",
        "/static/", "/static", "/static/site.css", "/static/" + new string('a', 300) + ".css", "/static/%00.css", "/static/x.css%00.js",
        "/appsettings.json", "/Intake.Functions.dll", "/host.json", "/functions.metadata", "/.env", "/.git/config", "/index.html", "/favicon.ico",
        "/Oro", "/ORO", "/oro/", "/oro/x", "/oro.html", "/oro%00", "/oro%2f", "/en/", "/en/oro", "/en/en", "/en/concern/", "/EN/concern", "/sv/oro",
        "/%", "/%zz", "/%00", "/%ff", "/%c3%a5", "/\u00e5", "/\u00c3\u00a5", "/\u00ed\u00a0\u0080", "/a b", "/<script>", "/~", "/" + new string('a', 2_000),
        "//", "///oro", "/./oro", "/oro/.", "/health/", "/health/x", "/api/health/", "/api/openapi.json/x", "/api/openapi.yaml", "/api/messages/x",
        "/api/chat", "/api/chat/token/", "/api/chat/token/x", "*", "oro", "http://127.0.0.1/oro", "https://127.0.0.1/oro", "//evil.example/oro",
    ];

    private static readonly string[] Queries =
    [
        "?", "?a", "?a=%", "?%ZZ", "?a=%00", "?a=1&a=2", "?lang=en", "?culture=en-US", "?__proto__=x", "?page=../../etc/passwd", "?code=x",
        "?a=%ED%A0%80", "?a=\u00e5", "?a=%EF%BF%BE", "?" + new string('q', 6_000), "?" + string.Join("&", Enumerable.Range(0, 1_000).Select(i => $"p{i}=1")),
        "?a=b#c", "#frag", "?&&&", "?=",
    ];

    public static void Add(CaseSet set)
    {
        foreach (var endpoint in set.Endpoints)
        {
            foreach (var method in Methods)
            {
                // A body where one is allowed: an empty JSON object (refused by every form, so nothing is stored).
                var request = method is "GET" or "HEAD" or "TRACE" or "CONNECT"
                    ? new RawRequest(method, endpoint.Path)
                    : CaseSet.Json(endpoint.Path, "{}") with { Method = method };
                set.Add(new HostileCase("methods", $"{method[..Math.Min(method.Length, 12)]} {endpoint.Path}", endpoint.Function, request)
                {
                    // Routing matches methods ignoring case: "get" is a GET.
                    Expect = endpoint.Kind is not null && method.ToUpperInvariant() is not ("GET" or "HEAD") ? Expect.Refused : Expect.Any,
                    Transport = method is "CONNECT" or "G@T" || method.Length > 100 ? Transport.Own : Transport.KeepAlive,
                });
            }

            foreach (var query in set.Some(Queries, 8))
            {
                var request = endpoint.Kind is null ? CaseSet.Get(endpoint.Path + query) : set.Valid(endpoint) with { Target = endpoint.Path + query };
                var printable = query.All(c => c is > ' ' and < '\u007f') && !query.Contains('#', StringComparison.Ordinal);
                set.Add(new HostileCase("query", $"{endpoint.Path}{CaseSet.Short(query, 32)}", endpoint.Function, request)
                {
                    Expect = endpoint.Kind is not null && printable && query.Length < 8_000 ? Expect.Accepted : Expect.Any,
                    Transport = printable ? Transport.KeepAlive : Transport.Own,
                });
            }
        }

        foreach (var path in Paths)
        {
            var printable = path.All(c => c is > ' ' and < '\u007f');
            foreach (var method in new[] { "GET", "POST" })
            {
                var request = method == "GET" ? CaseSet.Get(path) : CaseSet.Json(path, "{}");
                set.Add(new HostileCase("paths", $"{method} {CaseSet.Short(path, 32)}", "-", request) { Transport = printable ? Transport.KeepAlive : Transport.OwnAndEnded });
            }

            // Where a path could reach a submitting function after all, a valid submission must not be lost either.
            if (path.StartsWith("/api/concerns", StringComparison.Ordinal) || path.StartsWith("/oro", StringComparison.Ordinal))
            {
                var endpoint = path.StartsWith("/oro", StringComparison.Ordinal) ? HostileEndpoints.FormPages[0] : HostileEndpoints.Api[0];
                set.Add(new HostileCase("paths", $"POST valid {CaseSet.Short(path, 32)}", "-", set.Valid(endpoint) with { Target = path }) { Transport = printable ? Transport.KeepAlive : Transport.Own });
            }
        }
    }
}
