using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Intake.Bot.Auth;

/// <summary>Fetches the metadata document, then its <c>jwks_uri</c>, keeping the raw JWKS for the endorsements.</summary>
internal sealed class EndorsedConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(
        string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        string metadata = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        string jwks = await retriever.GetDocumentAsync(JwksUri(metadata, address), cancel).ConfigureAwait(false);
        return new EndorsedConfiguration(metadata, jwks);
    }

    private static string JwksUri(string metadata, string address)
    {
        using JsonDocument document = JsonDocument.Parse(metadata);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out JsonElement uri)
            && uri.ValueKind == JsonValueKind.String
            && !string.IsNullOrEmpty(uri.GetString())
                ? uri.GetString()!
                : throw new InvalidOperationException($"The OpenID metadata at {address} has no jwks_uri.");
    }
}
