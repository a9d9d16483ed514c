using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Intake.Bot.Auth;

/// <summary>
/// OpenID metadata with its signing keys and, per key id, the channels the key is endorsed for: the Bot Framework's
/// JWKS adds an <c>endorsements</c> array to each key (§5.3), which the identity libraries do not check.
/// </summary>
internal sealed class EndorsedConfiguration : OpenIdConnectConfiguration
{
    private readonly Dictionary<string, HashSet<string>> _endorsements;

    public EndorsedConfiguration(string metadataJson, string jwksJson)
        : base(metadataJson)
    {
        JsonWebKeySet = new JsonWebKeySet(jwksJson);
        foreach (SecurityKey key in JsonWebKeySet.GetSigningKeys())
        {
            SigningKeys.Add(key);
        }

        _endorsements = ReadEndorsements(jwksJson);
    }

    public bool HasSigningKey(string keyId) => SigningKeys.Any(key => key.KeyId == keyId);

    /// <summary>Whether the key lists the channel among its endorsements (ordinal, as botbuilder's EndorsementsValidator).</summary>
    public bool Endorses(string keyId, string channelId) =>
        _endorsements.TryGetValue(keyId, out HashSet<string>? channels) && channels.Contains(channelId);

    private static Dictionary<string, HashSet<string>> ReadEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using JsonDocument document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out JsonElement keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (JsonElement key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out JsonElement kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out JsonElement endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = endorsements.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return result;
    }
}
