using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// The service side of ACS HMAC-SHA256 (specs/acs-email-rest.md §6), written independently of the client's signer so
/// that a bug in one is not mirrored in the other.
/// </summary>
internal static class AcsStubSignature
{
    private const string Prefix = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=";
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    /// <summary>Why the request is not authentic, or null when it is.</summary>
    public static string? Problem(HttpRequest request, byte[] body, byte[] key, DateTimeOffset now)
    {
        string authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return "Missing or unsupported Authorization header.";
        }

        string date = request.Headers["x-ms-date"].ToString();
        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset signedAt)
            || (now - signedAt).Duration() > MaxClockSkew)
        {
            return "x-ms-date is missing, malformed or too far from the server's clock.";
        }

        string contentHash = request.Headers["x-ms-content-sha256"].ToString();
        if (contentHash != Convert.ToBase64String(SHA256.HashData(body)))
        {
            return "x-ms-content-sha256 does not match the body.";
        }

        // The request target exactly as it came over the wire, not a decoded and re-encoded path.
        string pathAndQuery = request.HttpContext.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        byte[] expected = HMACSHA256.HashData(
            key, Encoding.UTF8.GetBytes($"{request.Method}\n{pathAndQuery}\n{date};{request.Host.Value};{contentHash}"));
        byte[] given = new byte[64];
        return Convert.TryFromBase64String(authorization[Prefix.Length..], given, out int length)
            && CryptographicOperations.FixedTimeEquals(expected, given.AsSpan(0, length))
            ? null
            : "The signature does not match.";
    }
}
