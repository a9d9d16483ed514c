using System.Text.Json;

namespace Intake.Bot.Tests.Infrastructure;

/// <summary>
/// The Bot Framework's OpenID metadata endpoint, served by Kestrel: <c>/.well-known/openidconfiguration</c> pointing at
/// <c>/keys</c>, which lists the published keys with their endorsements. Keys can be rotated while it runs.
/// </summary>
internal sealed class OpenIdStub : IAsyncDisposable
{
    public const string MetadataPath = "/.well-known/openidconfiguration";
    private const string KeysPath = "/keys";

    private readonly StubServer _server;
    private TestSigningKey[] _published;

    private OpenIdStub(StubServer server, TestSigningKey[] published)
    {
        _server = server;
        _published = published;
    }

    public Uri MetadataUrl => new(_server.BaseUri, MetadataPath.TrimStart('/'));

    /// <summary>How many times the metadata document was fetched.</summary>
    public int MetadataRequests => _server.Requests.Count(r => r.PathAndQuery == MetadataPath);

    public static async Task<OpenIdStub> StartAsync(params TestSigningKey[] published)
    {
        OpenIdStub? stub = null;
        StubServer server = await StubServer.StartAsync(request => stub!.Respond(request));
        stub = new OpenIdStub(server, published);
        return stub;
    }

    /// <summary>From now on the JWKS lists exactly these keys.</summary>
    public void Publish(params TestSigningKey[] keys) => Volatile.Write(ref _published, keys);

    /// <summary>When set, the metadata document answers this status (e.g. 500) instead of itself.</summary>
    public int? FailWith { get; set; }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private StubReply Respond(StubRequest request) => request.PathAndQuery switch
    {
        MetadataPath when FailWith is { } status => new StubReply(status),
        MetadataPath => StubReply.Json(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = new Uri(_server.BaseUri, KeysPath.TrimStart('/')).AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        })),
        KeysPath => StubReply.Json(TestSigningKey.Jwks(Volatile.Read(ref _published))),
        _ => new StubReply(404),
    };
}
