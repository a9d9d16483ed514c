using System.Diagnostics;
using OpenTelemetry;

namespace Intake.Functions.Telemetry;

/// <summary>
/// Runs before every exporter on every span, whoever made it (ASP.NET Core, HttpClient, the Functions worker, the app):
/// removes what could identify a person or quote what they sent. No client address or port, no user agent, no query
/// string, no header, no end-user attribute; an incoming request's path becomes its route template (<c>/staff/tickets/{id}</c>,
/// never the reference in it), or goes when no route is known; an outgoing URL keeps its scheme, host and first path
/// segment (a table or API name), never keys, ids or a query.
/// </summary>
internal sealed class PrivacyProcessor : BaseProcessor<Activity>
{
    private static readonly HashSet<string> Removed = new(StringComparer.Ordinal)
    {
        "client.address", "client.port", "http.client_ip", "net.peer.ip", "net.sock.peer.addr", "network.peer.address", "network.peer.port",
        "user_agent.original", "http.user_agent", "url.query", "http.target", "http.url", "url.original",
    };

    private static readonly string[] RemovedPrefixes = ["enduser.", "user.", "session.", "http.request.header.", "http.response.header.", "http.request.body", "http.response.body"];

    public override void OnEnd(Activity data)
    {
        List<string>? removed = null;
        foreach (var tag in data.TagObjects)
        {
            if (Removed.Contains(tag.Key) || RemovedPrefixes.Any(p => tag.Key.StartsWith(p, StringComparison.Ordinal)))
            {
                (removed ??= []).Add(tag.Key);
            }
        }

        foreach (var key in removed ?? [])
        {
            data.SetTag(key, null);
        }

        if (data.GetTagItem("url.full") is string url)
        {
            data.SetTag("url.full", WithoutDetail(url));
        }

        if (data.Kind == ActivityKind.Server)
        {
            var route = data.GetTagItem("http.route") as string;
            data.SetTag("url.path", route);
            data.DisplayName = (data.GetTagItem("http.request.method") as string ?? "HTTP") + (route is null ? string.Empty : " " + route);
        }
    }

    /// <summary><c>https://host:port/first-segment</c>: the service and the table, queue or API, nothing after it.</summary>
    internal static string WithoutDetail(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return string.Empty;
        }

        var first = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var parenthesis = first.IndexOf('(', StringComparison.Ordinal);
        return uri.GetLeftPart(UriPartial.Authority) + "/" + (parenthesis >= 0 ? first[..parenthesis] : first);
    }
}
