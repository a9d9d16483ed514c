using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace Intake.Bot.Auth;

/// <summary>
/// One OpenID metadata document and its keys, cached, fetched one fetch at a time, shared by every request that waits
/// for it. A fetch is due when there are no keys yet or they are older than
/// <see cref="BotAuthOptions.MetadataAutomaticRefreshInterval"/>; it is then tried at most once per
/// <see cref="BotAuthOptions.MetadataRefreshInterval"/> (counted from the last try, whether it succeeded or failed). A
/// token naming a key not among fresh keys (a rotation) gets a fetch at most once per that interval too. A failed
/// fetch keeps the last good keys. So no caller, however many tokens it makes up, gets more than one unscheduled
/// fetch per interval out of the app, and a fetch that fails is an answer (no keys), never an exception.
/// </summary>
/// <remarks>
/// Not <see cref="ConfigurationManager{T}"/>: without a configuration yet, it tries a failed fetch again on the next
/// call after a back-off that starts at about a second (not its RefreshInterval), and throws to every caller.
/// </remarks>
internal sealed class OpenIdKeySource
{
    /// <summary>How long one fetch (metadata, then keys) may take before it counts as failed.</summary>
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    private readonly Uri _metadataUrl;
    private readonly BotAuthOptions _options;
    private readonly ILogger _logger;
    private readonly IDocumentRetriever _retriever;
    private readonly EndorsedConfigurationRetriever _configurationRetriever = new();
    private readonly Lock _lock = new();
    private EndorsedConfiguration? _current;
    private DateTimeOffset _currentFetchedAt;
    private DateTimeOffset? _lastFetchStarted;
    private DateTimeOffset? _lastUnknownKeyFetch;
    private Task? _fetching;

    public OpenIdKeySource(Uri metadataUrl, BotAuthOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        _metadataUrl = metadataUrl;
        _options = options;
        _logger = logger;
        _retriever = new HttpDocumentRetriever { RequireHttps = options.RequireHttpsMetadata };
    }

    /// <summary>
    /// The keys to check a token naming <paramref name="keyId"/> against, after a fetch if one is due and allowed;
    /// null when no fetch has succeeded yet.
    /// </summary>
    public async Task<EndorsedConfiguration?> GetConfigurationAsync(string keyId, CancellationToken cancellationToken)
    {
        Task? fetch;
        lock (_lock)
        {
            DateTimeOffset now = _options.TimeProvider.GetUtcNow();
            bool hasKey = _current?.HasSigningKey(keyId) == true;
            bool due = _current is null || now - _currentFetchedAt >= _options.MetadataAutomaticRefreshInterval;
            if (hasKey && !due)
            {
                return _current;
            }

            if (_fetching is null && IntervalPassed(due ? _lastFetchStarted : _lastUnknownKeyFetch, now))
            {
                _lastUnknownKeyFetch = due ? _lastUnknownKeyFetch : now;
                _lastFetchStarted = now;
                _fetching = Task.Run(FetchAsync, CancellationToken.None);
            }

            // A known key with stale keys: refreshed in the background, this request goes on with what is cached.
            if (hasKey || _fetching is null)
            {
                return _current;
            }

            fetch = _fetching;
        }

        await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            return _current;
        }
    }

    private bool IntervalPassed(DateTimeOffset? since, DateTimeOffset now) =>
        since is not { } last || now - last >= _options.MetadataRefreshInterval;

    private async Task FetchAsync()
    {
        EndorsedConfiguration? fetched = null;
        try
        {
            using var timeout = new CancellationTokenSource(FetchTimeout);
            fetched = (EndorsedConfiguration)await _configurationRetriever
                .GetConfigurationAsync(_metadataUrl.AbsoluteUri, _retriever, timeout.Token).ConfigureAwait(false);
            BotAuthLog.KeysFetched(_logger, _metadataUrl.Host, fetched.SigningKeys.Count);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or OperationCanceledException
            or InvalidOperationException or ArgumentException or System.Text.Json.JsonException)
        {
            // The exception's message may quote the document; its type says enough.
            BotAuthLog.KeyFetchFailed(_logger, _metadataUrl.Host, ex.GetType().Name, _options.MetadataRefreshInterval);
        }
        finally
        {
            lock (_lock)
            {
                if (fetched is not null)
                {
                    _current = fetched;
                    _currentFetchedAt = _options.TimeProvider.GetUtcNow();
                }

                _fetching = null;
            }
        }
    }
}
