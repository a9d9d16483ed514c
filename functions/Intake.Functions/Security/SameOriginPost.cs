namespace Intake.Functions.Security;

/// <summary>
/// Cross-site request forgery guard for the anonymous form post. There is no session and no cookie, so there is no
/// token to double-submit; instead the browser says where the post comes from. A post is refused when
/// <c>Sec-Fetch-Site</c> says another site, or (browsers without it) when <c>Origin</c> names another host. A request
/// with neither comes from no browser that could be abused, and is allowed like any API call.
/// </summary>
internal static class SameOriginPost
{
    public static bool IsAllowed(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
