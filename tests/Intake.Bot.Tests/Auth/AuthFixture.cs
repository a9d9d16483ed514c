using Intake.Bot.Auth;
using Intake.Bot.Protocol;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Auth;

/// <summary>One OpenID metadata stub publishing <see cref="Key"/>, endorsed for emulator, webchat and directline.</summary>
public sealed class AuthFixture : IAsyncLifetime
{
    internal TestSigningKey Key { get; } = new("test-key-1", "emulator", "webchat", "directline");

    internal OpenIdStub Stub { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Stub = await OpenIdStub.StartAsync(Key);

    public async ValueTask DisposeAsync()
    {
        await Stub.DisposeAsync();
        Key.Dispose();
    }

    /// <summary>A fresh authenticator (its own key cache) reading this stub for both Bot Framework and Entra tokens.</summary>
    internal BotAuthenticator Authenticator(Action<BotAuthOptions>? change = null) => Create(Stub, change);

    internal static BotAuthenticator Create(OpenIdStub stub, Action<BotAuthOptions>? change = null)
    {
        var options = new BotAuthOptions
        {
            AppId = TestTokens.AppId,
            TenantId = TestTokens.TenantId,
            OpenIdMetadataUrl = stub.MetadataUrl,
            EntraOpenIdMetadataUrl = stub.MetadataUrl,
            RequireHttpsMetadata = false,
        };
        change?.Invoke(options);
        return new BotAuthenticator(options);
    }

    internal static Activity Message(string channelId = "webchat", string serviceUrl = TestTokens.ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "conv-1|0000001",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "dl_user" },
        Recipient = new ChannelAccount { Id = "intake-bot" },
        Conversation = new ConversationAccount { Id = "conv-1" },
        Text = "Hej",
    };
}
