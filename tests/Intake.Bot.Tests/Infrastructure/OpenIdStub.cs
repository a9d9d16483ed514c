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
    private readonly SemaphoreSlim _metadataServed = new(0);
    private TestSigningKey[] _published;

    private OpenIdStub(StubServer server, TestSigningKey[] published)
    {
        _server = server;
        _published = published;
    }

    public Uri MetadataUrl => new(_server.BaseUri, MetadataPath.TrimStart('/'));

    /// <summary>How many times the metadata document was fetched.</summary>
    public int MetadataRequests => _server.Requests.Count(r => r.PathAndQuery == MetadataPath);

    /// <summary>Until the metadata document has been asked for <paramref name="count"/> times in all (a fetch the
    /// code under test starts in the background); false when that did not happen within <paramref name="within"/>.</summary>
    public async Task<bool> MetadataRequestedAsync(int count, TimeSpan within, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + within;
        while (MetadataRequests < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _metadataServed.WaitAsync(left, cancellationToken))
            {
                return MetadataRequests >= count;
            }
        }

        return true;
    }

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

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _metadataServed.Dispose();
    }

    private StubReply Respond(StubRequest request)
    {
        StubReply reply = Reply(request);
        if (request.PathAndQuery == MetadataPath)
        {
            _metadataServed.Release();
        }

        return reply;
    }

    private StubReply Reply(StubRequest request) => request.PathAndQuery switch
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
