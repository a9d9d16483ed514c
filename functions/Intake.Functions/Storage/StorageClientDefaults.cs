using Azure.Core;

namespace Intake.Functions.Storage;

/// <summary>Retry defaults for the storage clients.</summary>
internal static class StorageClientDefaults
{
    /// <summary>A citizen must not wait 100 s: short network timeout, a few quick exponential retries.</summary>
    public static void ApplyRetryDefaults(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = 3;
        retry.Delay = TimeSpan.FromMilliseconds(400);
        retry.MaxDelay = TimeSpan.FromSeconds(5);
        retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }
}
