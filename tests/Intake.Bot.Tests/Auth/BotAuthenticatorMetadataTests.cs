using Intake.Bot.Auth;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Auth;

/// <summary>
/// What an anonymous caller can make the bot do with a token it made itself: never a metadata fetch per request.
/// A token that is not an RS256/384/512 signature is refused before any key is looked up; one that only looks signed
/// gets the keys fetched (beyond the first fetch) at most once per refresh interval, shared by all requests; a failed
/// fetch refuses with 401 and is tried again once per interval.
/// </summary>
public sealed class BotAuthenticatorMetadataTests
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, int> UnsignedTokens() => new()
    {
        { "none", 0 },      // alg none, no signature
        { "RS256", 0 },     // claims RS256, carries no signature
        { "RS256", 3 },     // a signature far too short for any RSA key the issuers use
        { "HS256", 32 },    // a symmetric algorithm: anyone could have made it
        { "ES256", 64 },    // not an algorithm the channels sign with
    };

    [Theory]
    [MemberData(nameof(UnsignedTokens))]
    public async Task Authenticate_UnsignedTokenNamingAPublishedKid_Refused401WithoutFetchingMetadata(string algorithm, int signatureBytes)
    {
        using var key = new TestSigningKey("key-1", "webchat");
        await using OpenIdStub stub = await OpenIdStub.StartAsync(key);
        BotAuthenticator authenticator = AuthFixture.Create(stub);

        for (var i = 0; i < 20; i++)
        {
            BotAuthResult result = await authenticator.AuthenticateAsync(
                "Bearer " + TestTokens.Forged(key.KeyId, algorithm, signatureBytes), AuthFixture.Message(), Cancel);
            Assert.Equal(401, Assert.IsType<BotAuthResult.Failure>(result).Status);
        }

        Assert.Equal(0, stub.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_GarbageSignedTokensNamingUnknownKids_RefetchMetadataOncePerRefreshInterval()
    {
        using var key = new TestSigningKey("key-1", "webchat");
        await using OpenIdStub stub = await OpenIdStub.StartAsync(key);
        var clock = new TestClock(DateTimeOffset.UtcNow);
        BotAuthenticator authenticator = AuthFixture.Create(stub, o => (o.TimeProvider, o.MetadataRefreshInterval) = (clock, RefreshInterval));

        async Task<BotAuthResult[]> ForgedAsync(int count) => await Task.WhenAll(Enumerable.Range(0, count).Select(_ =>
            authenticator.AuthenticateAsync("Bearer " + TestTokens.Forged("kid-" + Guid.NewGuid().ToString("N")), AuthFixture.Message(), Cancel)));

        // The first fetch (there are no keys yet), and one more for a key not among them (it could be a rotation).
        Assert.All(await ForgedAsync(40), r => Assert.Equal(new BotAuthResult.Failure(401, "signing key unknown"), r));
        Assert.All(await ForgedAsync(40), r => Assert.Equal(new BotAuthResult.Failure(401, "signing key unknown"), r));
        Assert.Equal(2, stub.MetadataRequests);

        clock.Now += RefreshInterval - TimeSpan.FromSeconds(1);
        await ForgedAsync(20);
        Assert.Equal(2, stub.MetadataRequests);

        clock.Now += TimeSpan.FromSeconds(1);
        await ForgedAsync(20);
        Assert.Equal(3, stub.MetadataRequests);

        // The keys stay cached: a genuine token is let in without another fetch.
        Assert.IsType<BotAuthResult.Success>(await authenticator.AuthenticateAsync(TestTokens.Bearer(key), AuthFixture.Message(), Cancel));
        Assert.Equal(3, stub.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_MetadataEndpointAnswers500_Refused401AndFetchedOncePerRefreshInterval()
    {
        using var key = new TestSigningKey("key-1", "webchat");
        await using OpenIdStub stub = await OpenIdStub.StartAsync(key);
        stub.FailWith = 500;
        var clock = new TestClock(DateTimeOffset.UtcNow);
        BotAuthenticator authenticator = AuthFixture.Create(stub, o => (o.TimeProvider, o.MetadataRefreshInterval) = (clock, RefreshInterval));

        // Genuine tokens and forged ones alike: without keys nobody is let in, and nobody gets a 500.
        BotAuthResult[] results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => authenticator.AuthenticateAsync(
            i % 2 == 0 ? TestTokens.Bearer(key) : "Bearer " + TestTokens.Forged(key.KeyId), AuthFixture.Message(), Cancel)));

        Assert.All(results, r => Assert.Equal(new BotAuthResult.Failure(401, "signing keys unavailable"), r));
        Assert.Equal(1, stub.MetadataRequests);

        stub.FailWith = null;
        Assert.IsType<BotAuthResult.Failure>(await authenticator.AuthenticateAsync(TestTokens.Bearer(key), AuthFixture.Message(), Cancel));
        Assert.Equal(1, stub.MetadataRequests);

        clock.Now += RefreshInterval;
        Assert.IsType<BotAuthResult.Success>(await authenticator.AuthenticateAsync(TestTokens.Bearer(key), AuthFixture.Message(), Cancel));
        Assert.Equal(2, stub.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_MetadataEndpointUnreachable_Refused401()
    {
        using var key = new TestSigningKey("key-1", "webchat");
        OpenIdStub gone = await OpenIdStub.StartAsync(key);
        await gone.DisposeAsync();  // nothing listens on its port any more
        BotAuthenticator authenticator = AuthFixture.Create(gone);

        BotAuthResult result = await authenticator.AuthenticateAsync(TestTokens.Bearer(key), AuthFixture.Message(), Cancel);

        Assert.Equal(new BotAuthResult.Failure(401, "signing keys unavailable"), result);
    }

    [Fact]
    public async Task Authenticate_KeysCachedThenMetadataFails_GenuineTokensStillLetIn()
    {
        using var key = new TestSigningKey("key-1", "webchat");
        await using OpenIdStub stub = await OpenIdStub.StartAsync(key);
        var clock = new TestClock(DateTimeOffset.UtcNow);
        BotAuthenticator authenticator = AuthFixture.Create(stub, o => o.TimeProvider = clock);
        Assert.IsType<BotAuthResult.Success>(await authenticator.AuthenticateAsync(TestTokens.Bearer(key), AuthFixture.Message(), Cancel));

        stub.FailWith = 500;
        clock.Now += TimeSpan.FromHours(13);  // past the automatic refresh: the fetch fails, the last good keys stay
        string later = "Bearer " + TestTokens.Create(key, now: clock.Now.UtcDateTime);

        Assert.IsType<BotAuthResult.Success>(await authenticator.AuthenticateAsync(later, AuthFixture.Message(), Cancel));
        // The refresh of keys in hand runs in the background: wait for its fetch, which fails.
        Assert.True(await stub.MetadataRequestedAsync(2, TimeSpan.FromSeconds(30), Cancel), "the background refresh never fetched");
        Assert.Equal(2, stub.MetadataRequests);
        Assert.IsType<BotAuthResult.Success>(await authenticator.AuthenticateAsync(later, AuthFixture.Message(), Cancel));
    }
}
