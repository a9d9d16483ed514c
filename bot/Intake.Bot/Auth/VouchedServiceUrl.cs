namespace Intake.Bot.Auth;

/// <summary>
/// A serviceUrl the bot may send replies (and its token) to: one that a validated token's <c>serviceurl</c> claim
/// vouched for, or, in allowed local development, a loopback address that gets no token. Only
/// <see cref="BotAuthResult"/> creates it, so the Connector client cannot be pointed at a URL from an untrusted body.
/// </summary>
internal sealed class VouchedServiceUrl
{
    /// <summary>Called by <see cref="BotAuthResult"/> only.</summary>
    internal VouchedServiceUrl(Uri uri, bool isUnauthenticatedLocalDevelopment)
    {
        Uri = uri;
        IsUnauthenticatedLocalDevelopment = isUnauthenticatedLocalDevelopment;
    }

    public Uri Uri { get; }

    /// <summary>True when no token vouched for it: the Connector client then sends no Authorization header.</summary>
    public bool IsUnauthenticatedLocalDevelopment { get; }

    public override string ToString() => Uri.AbsoluteUri;

    /// <summary>An absolute http(s) URL without user info, or null.</summary>
    internal static Uri? Parse(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.UserInfo.Length == 0 ? uri : null;
}
