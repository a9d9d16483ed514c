using System.Net;

namespace Intake.Functions.Hosting;

/// <summary>
/// Addresses that people's browsers and e-mail links go to must be the public ones in Production: a default or a
/// leftover pointing at a laptop (127.0.0.1, localhost) would send every staff member or citizen nowhere. Such a
/// setting stops the app at start, named, instead of quietly mailing dead links.
/// </summary>
internal static class PublicAddresses
{
    /// <summary>The problem with <paramref name="url"/> under <paramref name="environment"/>, or null.</summary>
    public static string? Problem(IHostEnvironment environment, string setting, Uri? url, bool httpsOnly = true)
    {
        if (url is null || !environment.IsProduction())
        {
            return null;
        }

        if (!url.IsAbsoluteUri)
        {
            return $"{setting} must be an absolute address.";
        }

        if (IsLocal(url))
        {
            return $"{setting} points at this machine ({url.Host}); in Production it must be the public address people use.";
        }

        return httpsOnly && url.Scheme != Uri.UriSchemeHttps ? $"{setting} must be an https address in Production." : null;
    }

    private static bool IsLocal(Uri url) =>
        url.IsLoopback
        || url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || url.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address)
            && (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)));
}
