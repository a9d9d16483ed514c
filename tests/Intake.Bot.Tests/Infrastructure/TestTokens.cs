using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intake.Bot.Tests.Infrastructure;

/// <summary>Signed JWTs shaped like the channels' (§5.4): issuer, audience, nbf/exp and the serviceurl claim.</summary>
internal static class TestTokens
{
    public const string AppId = "00000000-0000-0000-0000-000000000001";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://directline.botframework.com/";

    /// <summary>A token valid for an hour from <paramref name="now"/>; <paramref name="change"/> edits it before signing.</summary>
    public static string Create(TestSigningKey key, Action<SecurityTokenDescriptor>? change = null, DateTime? now = null)
    {
        DateTime issued = now ?? DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkIssuer,
            Audience = AppId,
            IssuedAt = issued,
            NotBefore = issued.AddMinutes(-1),
            Expires = issued.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = key.Credentials,
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public static string Bearer(TestSigningKey key, Action<SecurityTokenDescriptor>? change = null) => "Bearer " + Create(key, change);

    /// <summary>
    /// A token an anonymous caller can make: a channel's claims and issuer, a header naming <paramref name="keyId"/>
    /// and <paramref name="algorithm"/>, and <paramref name="signatureBytes"/> random bytes as its signature (0: unsigned).
    /// </summary>
    public static string Forged(string keyId, string algorithm = "RS256", int signatureBytes = 256)
    {
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string header = JsonSerializer.Serialize(new Dictionary<string, object> { ["alg"] = algorithm, ["kid"] = keyId, ["typ"] = "JWT" });
        string payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = BotFrameworkIssuer, ["aud"] = AppId, ["nbf"] = now - 60, ["exp"] = now + 3600, ["serviceurl"] = ServiceUrl,
        });
        return Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload) + "."
            + (signatureBytes == 0 ? string.Empty : Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(signatureBytes)));
    }

    /// <summary>Sets the token's serviceurl claim.</summary>
    public static Action<SecurityTokenDescriptor> VouchingFor(Uri serviceUrl) =>
        d => d.Claims["serviceurl"] = serviceUrl.AbsoluteUri;

    public static Action<SecurityTokenDescriptor> Entra(string tenantId) => d =>
    {
        d.Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";
        d.Claims["tid"] = tenantId;
    };

    public static string? Claim(ClaimsIdentity? identity, string type) => identity?.FindFirst(type)?.Value;
}
