using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Storage;

/// <summary>Retry defaults and pipeline assembly shared by the table and queue clients.</summary>
internal static class StorageClientDefaults
{
    /// <summary>Entra ID scope for both Table and Queue storage.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    /// <summary>A citizen must not wait 100 s: short network timeout, a few quick exponential retries.</summary>
    public static void ApplyRetryDefaults(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = 3;
        retry.Delay = TimeSpan.FromMilliseconds(400);
        retry.MaxDelay = TimeSpan.FromSeconds(5);
        retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }

    public static HttpPipelinePolicy BearerPolicy(TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new BearerTokenAuthenticationPolicy(credential, StorageScope);
    }

    /// <summary>The endpoint without a trailing slash, query or fragment; http(s) only.</summary>
    public static Uri NormalizeEndpoint(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The storage endpoint must be an absolute http or https URI.", nameof(endpoint));
        }

        return new Uri(endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }
}
