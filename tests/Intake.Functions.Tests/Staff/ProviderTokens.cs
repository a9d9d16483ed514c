using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Intake.Functions.Tests.Staff;

/// <summary>An authorization code the provider issued for the app's client and redirect URI, with its PKCE verifier.</summary>
internal sealed record ProviderCode(string Code, string Verifier, string RedirectUri, string Issuer);

/// <summary>
/// Tokens from the real local provider as an attacker who knows an account could get them: the test drives the
/// authorization code flow itself (its own state, nonce and PKCE verifier, the app's client id and redirect URI),
/// stops at the redirect back to the app, and redeems the code with the client secret. What comes back is a genuine
/// ID token, signed by the provider, for the app's audience: what the forged variants are made from.
/// </summary>
internal static partial class ProviderTokens
{
    public static async Task<ProviderCode> CodeAsync(DevOidcProvider provider, Uri app, string login, string nonce)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true });
        using var meta = JsonDocument.Parse(await http.GetStringAsync(new Uri(provider.Authority, "/.well-known/openid-configuration")));
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var redirect = new Uri(app, "/staff/signin-oidc").ToString();
        var authorize = meta.RootElement.GetProperty("authorization_endpoint").GetString()
            + $"?client_id={DevOidcProvider.ClientId}&response_type=code&scope=openid%20profile&redirect_uri={Uri.EscapeDataString(redirect)}"
            + $"&state={Guid.NewGuid():N}&nonce={Uri.EscapeDataString(nonce)}&code_challenge={challenge}&code_challenge_method=S256";
        var request = new HttpRequestMessage(HttpMethod.Get, authorize);
        for (var hop = 0; hop < 20; hop++)
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var next = new Uri(request.RequestUri!, location);
                if (next.Port == app.Port)
                {
                    var query = QueryHelpers.ParseQuery(next.Query);
                    return new ProviderCode(query["code"].ToString(), verifier, redirect, meta.RootElement.GetProperty("issuer").GetString()!);
                }

                request = new HttpRequestMessage(HttpMethod.Get, next);
                continue;
            }

            if (LoginForm().Match(body) is { Success: true } form)
            {
                request = new HttpRequestMessage(HttpMethod.Post, new Uri(request.RequestUri!, WebUtility.HtmlDecode(form.Groups[1].Value)))
                {
                    Content = new FormUrlEncodedContent([new("login", login), new("password", "any")]),
                };
                continue;
            }

            throw new InvalidOperationException($"The provider answered {(int)response.StatusCode} without a redirect or a login form.");
        }

        throw new InvalidOperationException("More than 20 redirects at the provider.");
    }

    /// <summary>A genuine ID token of <paramref name="login"/> for the app's client (redeemed with the client secret).</summary>
    public static async Task<string> IdTokenAsync(DevOidcProvider provider, Uri app, string login)
    {
        var code = await CodeAsync(provider, app, login, Guid.NewGuid().ToString("N"));
        using var http = new HttpClient();
        using var meta = JsonDocument.Parse(await http.GetStringAsync(new Uri(provider.Authority, "/.well-known/openid-configuration")));
        using var request = new HttpRequestMessage(HttpMethod.Post, meta.RootElement.GetProperty("token_endpoint").GetString())
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "authorization_code"), new("code", code.Code), new("redirect_uri", code.RedirectUri), new("code_verifier", code.Verifier),
            ]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DevOidcProvider.ClientId}:{provider.ClientSecret}")));
        using var response = await http.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The token endpoint answered {(int)response.StatusCode}.");
        }

        using var tokens = JsonDocument.Parse(json);
        return tokens.RootElement.GetProperty("id_token").GetString()!;
    }

    /// <summary>
    /// What can be made from a genuine ID token without the provider's key: the token itself, its payload changed
    /// under the genuine signature, and signed with another key (as it is, with another issuer, another audience, or
    /// expired), and unsigned (<c>alg: none</c>).
    /// </summary>
    public static IReadOnlyList<(string Kind, string Token)> Forgeries(string genuine, RSA otherKey)
    {
        var parts = genuine.Split('.');
        var header = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        JsonObject With(JsonObject node, params (string Name, JsonNode? Value)[] changes)
        {
            var copy = node.DeepClone().AsObject();
            foreach (var (name, value) in changes)
            {
                copy[name] = value;
            }

            return copy;
        }

        string Encode(JsonObject node) => Base64UrlEncoder.Encode(node.ToJsonString());

        string Signed(JsonObject h, JsonObject p)
        {
            var input = Encode(h) + "." + Encode(p);
            return input + "." + Base64UrlEncoder.Encode(otherKey.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }

        var everyTeam = new JsonArray("Team.Vuxen", "Team.BarnOchUnga", "Team.Nexus", "Team.Fjarilen", "Team.Lead");
        return
        [
            ("genuine", genuine),
            ("tampered", Encode(header) + "." + Encode(With(payload, ("roles", everyTeam))) + "." + parts[2]),
            ("wrong-key", Signed(header, payload)),
            ("wrong-issuer", Signed(header, With(payload, ("iss", "https://login.microsoftonline.com/00000000-0000-0000-0000-00000000dead/v2.0")))),
            ("wrong-audience", Signed(header, With(payload, ("aud", "another-app")))),
            ("alg-none", Encode(With(header, ("alg", "none"))) + "." + Encode(payload) + "."),
            ("expired", Signed(header, With(payload, ("iat", now - 7200), ("nbf", now - 7200), ("exp", now - 3600)))),
        ];
    }

    [GeneratedRegex("<form method=\"post\" action=\"(/interaction/[^\"]+/login)\">")]
    private static partial Regex LoginForm();
}
