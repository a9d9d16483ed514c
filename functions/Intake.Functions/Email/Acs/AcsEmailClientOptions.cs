using Azure.Core;

namespace Intake.Functions.Email.Acs;

/// <summary>Pipeline options for <see cref="AcsEmailClient"/>: retries, transport, diagnostics, clock.</summary>
public sealed class AcsEmailClientOptions : ClientOptions
{
    /// <summary>The ACS Email REST version this client speaks; the one place it is pinned.</summary>
    public const string ApiVersion = "2023-03-31";

    /// <summary>
    /// Three exponential retries with a 10 s network timeout. Azure.Core retries 408, 429, 500, 502, 503 and 504 and waits
    /// at least the server's Retry-After; a send is safe to retry because every attempt carries the same repeatability ids.
    /// </summary>
    public AcsEmailClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromSeconds(1);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }

    /// <summary>Clock for x-ms-date and the delays between status polls; tests fix it to reproduce signatures.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
