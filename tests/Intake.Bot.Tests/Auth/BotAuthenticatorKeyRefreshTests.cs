using Intake.Bot.Auth;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Auth;

/// <summary>Keys are cached; a token naming an unknown key fetches the metadata again, once per refresh interval.</summary>
public sealed class BotAuthenticatorKeyRefreshTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Authenticate_UnknownKid_RefreshesMetadataOnceThenThrottles()
    {
        using var first = new TestSigningKey("key-1", "webchat");
        using var rotated = new TestSigningKey("key-2", "webchat");
        using var forged = new TestSigningKey("key-3", "webchat");
        await using OpenIdStub stub = await OpenIdStub.StartAsync(first);
        BotAuthenticator authenticator = AuthFixture.Create(stub);

        Assert.IsType<BotAuthResult.Success>(await authenticator.AuthenticateAsync(TestTokens.Bearer(first), AuthFixture.Message(), Cancel));
        Assert.IsType<BotAuthResult.Success>(await authenticator.AuthenticateAsync(TestTokens.Bearer(first), AuthFixture.Message(), Cancel));
        Assert.Equal(1, stub.MetadataRequests);

        stub.Publish(first, rotated);
        BotAuthResult afterRotation = await authenticator.AuthenticateAsync(TestTokens.Bearer(rotated), AuthFixture.Message(), Cancel);
        Assert.IsType<BotAuthResult.Success>(afterRotation);
        Assert.Equal(2, stub.MetadataRequests);

        BotAuthResult unknown = await authenticator.AuthenticateAsync(TestTokens.Bearer(forged), AuthFixture.Message(), Cancel);
        Assert.Equal(new BotAuthResult.Failure(401, "signing key unknown"), unknown);
        Assert.Equal(2, stub.MetadataRequests);
    }
}
