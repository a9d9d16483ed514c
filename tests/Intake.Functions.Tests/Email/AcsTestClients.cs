using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Intake.Functions.Email.Acs;
using Intake.Functions.Tests.Storage;

namespace Intake.Functions.Tests.Email;

/// <summary>ACS e-mail clients wired to a <see cref="RecordingHandler"/> or an <c>AcsEmailStub</c>, with fast retries.</summary>
internal static class AcsTestClients
{
    /// <summary>The test key of specs/acs-email-rest.md §6.2 (bytes 0x00-0x1F).</summary>
    public const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    public static readonly Uri Contoso = new("https://contoso.communication.azure.com");
    public static readonly DateTimeOffset FixedDate = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The message whose body is the 171 bytes of §6.2.</summary>
    public static AcsEmailMessage WorkedExample => new(
        "DoNotReply@contoso.com", [new AcsEmailAddress("alice@example.com", "Alice")], "Hello", "Hi Alice", null)
    {
        UserEngagementTrackingDisabled = false,
    };

    public static AcsEmailClient Recording(RecordingHandler handler, TimeProvider? clock = null) =>
        new(Contoso, new AzureKeyCredential(Key), Options(handler, clock ?? new SteppingClock(FixedDate)));

    public static AcsEmailClientOptions Options(RecordingHandler? handler = null, TimeProvider? clock = null)
    {
        var options = new AcsEmailClientOptions { TimeProvider = clock ?? TimeProvider.System };
        if (handler is not null)
        {
            options.Transport = new HttpClientTransport(new HttpClient(handler));
        }

        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        return options;
    }

    public static AcsSendRequestIds NewIds(DateTimeOffset? firstSent = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), firstSent ?? DateTimeOffset.UtcNow);

    public static AcsSendOperation Operation(string id, Uri? location = null, int retryAfterSeconds = 0) =>
        new(id, AcsSendStatus.Running, location, TimeSpan.FromSeconds(retryAfterSeconds));
}

/// <summary>Hands out one fixed token and remembers the scopes asked for.</summary>
internal sealed class FixedTokenCredential : TokenCredential
{
    public List<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Scopes.AddRange(requestContext.Scopes);
        return new AccessToken("token-1", DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
