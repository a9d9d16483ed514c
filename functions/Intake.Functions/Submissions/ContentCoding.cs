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

    /// <summary>True when the body carries no content coding, or only <c>identity</c>.</summary>
    public static bool IsIdentity(HttpRequest request)
    {
        foreach (var value in request.Headers.ContentEncoding)
        {
            foreach (var coding in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!string.Equals(coding, Identity, StringComparison.OrdinalIgnoreCase))
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
