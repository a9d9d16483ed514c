using Azure.Core;

namespace Intake.Bot.Connector;

/// <summary>Pipeline options for <see cref="ConnectorClient"/>: retries, transport, diagnostics.</summary>
internal sealed class ConnectorClientOptions : ClientOptions
{
    /// <summary>
    /// Three exponential retries, 10 s network timeout. Azure.Core retries 408, 429, 500, 502, 503 and 504 and waits at
    /// least the Connector's Retry-After. A retried 5xx may show a reply twice; a lost reply is worse.
    /// </summary>
    public ConnectorClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromMilliseconds(500);
        Retry.MaxDelay = TimeSpan.FromSeconds(10);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }
}
