using Azure.Core;

namespace Intake.Bot.Connector;

/// <summary>
/// The outbound token from an Azure.Core <see cref="TokenCredential"/> (the app passes Azure.Identity's
/// ClientSecretCredential or ManagedIdentityCredential), kept in memory until 5 minutes before it expires.
/// </summary>
internal sealed class CredentialBotTokenProvider(TokenCredential credential, TimeProvider? timeProvider = null) : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential = credential ?? throw new ArgumentNullException(nameof(credential));
    private readonly TimeProvider _clock = timeProvider ?? TimeProvider.System;
    private volatile CachedToken? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && _clock.GetUtcNow() < cached.RenewAt)
        {
            return cached.Token;
        }

        // Concurrent callers may each ask the credential; it has its own cache, so that costs no extra round trip.
        AccessToken token = await _credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken).ConfigureAwait(false);
        _cached = new CachedToken(token.Token, token.ExpiresOn - RenewBeforeExpiry);
        return token.Token;
    }

    private sealed record CachedToken(string Token, DateTimeOffset RenewAt);
}
