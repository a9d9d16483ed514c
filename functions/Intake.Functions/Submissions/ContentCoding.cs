using Microsoft.Net.Http.Headers;

namespace Intake.Functions.Submissions;

/// <summary>
/// The app reads request bodies as they are sent: it decodes no content coding. A body that says it is compressed
/// (<c>Content-Encoding: gzip</c>, <c>br</c>, anything but <c>identity</c>) would otherwise be parsed as if it were
/// plain, or stored as whatever its bytes happened to say; it is refused with 415 instead, and the answer says what
/// is accepted (<c>Accept-Encoding: identity</c>, RFC 9110 section 15.5.16).
/// </summary>
internal static class ContentCoding
{
    public const string Identity = "identity";

    /// <summary>True when the body carries no content coding (or only <c>identity</c>), and no transfer coding but
    /// <c>chunked</c>, which the server removes: Kestrel takes <c>Transfer-Encoding: gzip, chunked</c> apart into its
    /// chunks and leaves the gzip to the app, which does not decode it either.</summary>
    public static bool IsIdentity(HttpRequest request) =>
        Only(request.Headers.ContentEncoding, Identity) && Only(request.Headers.TransferEncoding, "chunked");

    private static bool Only(Microsoft.Extensions.Primitives.StringValues values, string allowed)
    {
        foreach (var value in values)
        {
            foreach (var coding in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!string.Equals(coding, allowed, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Tells the sender of a refused body which coding it may use.</summary>
    public static void AcceptIdentityOnly(HttpResponse response) => response.Headers[HeaderNames.AcceptEncoding] = Identity;
}
