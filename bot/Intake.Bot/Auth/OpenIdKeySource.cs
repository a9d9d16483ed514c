using System.Diagnostics;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Intake.Bot.Auth;

/// <summary>
/// One OpenID metadata document and its keys, cached by <see cref="ConfigurationManager{T}"/> (refreshed every
/// <see cref="BotAuthOptions.MetadataAutomaticRefreshInterval"/>), fetched again when a token names an unknown key.
/// </summary>
internal sealed class OpenIdKeySource
{
    /// <summary>How long a request waits for a forced refresh, which the library runs in the background.</summary>
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RefreshPoll = TimeSpan.FromMilliseconds(25);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeSpan _refreshInterval;
    private readonly Lock _lock = new();
    private long? _lastForcedRefresh;

    public OpenIdKeySource(Uri metadataUrl, BotAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        _refreshInterval = options.MetadataRefreshInterval;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl.AbsoluteUri,
            new EndorsedConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = options.RequireHttpsMetadata })
        {
            AutomaticRefreshInterval = options.MetadataAutomaticRefreshInterval,
            RefreshInterval = options.MetadataRefreshInterval,
        };
    }

    /// <summary>
    /// The current keys. When <paramref name="keyId"/> is not among them, asks for a refresh (at most once per
    /// <see cref="BotAuthOptions.MetadataRefreshInterval"/>, so that forged key ids cannot hammer the issuer) and
    /// waits for it.
    /// </summary>
    public async Task<EndorsedConfiguration> GetConfigurationAsync(string keyId, CancellationToken cancellationToken)
    {
        EndorsedConfiguration current = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (current.HasSigningKey(keyId) || !TryClaimForcedRefresh())
        {
            return current;
        }

        _manager.RequestRefresh();
        // By default the library refreshes in the background and answers with the cached document meanwhile (with the
        // switch UpdateConfigAsBlocking, the next call fetches): wait until a new document is in place, or give up.
        var waited = Stopwatch.StartNew();
        while (true)
        {
            EndorsedConfiguration next = await CurrentAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(next, current) || waited.Elapsed >= RefreshWait)
            {
                return next;
            }

            await Task.Delay(RefreshPoll, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<EndorsedConfiguration> CurrentAsync(CancellationToken cancellationToken) =>
        (EndorsedConfiguration)await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);

    private bool TryClaimForcedRefresh()
    {
        long now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            if (_lastForcedRefresh is { } last && Stopwatch.GetElapsedTime(last, now) < _refreshInterval)
            {
                return false;
            }

            _lastForcedRefresh = now;
            return true;
        }
    }
}
