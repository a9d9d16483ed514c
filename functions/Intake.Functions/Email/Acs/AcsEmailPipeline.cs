using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Email.Acs;

/// <summary>One ACS endpoint behind an Azure.Core pipeline: builds request URIs, sends, maps failures.</summary>
internal sealed class AcsEmailPipeline
{
    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly string _basePath;

    public AcsEmailPipeline(Uri endpoint, AcsEmailClientOptions options, HttpPipelinePolicy authPolicy)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The ACS endpoint must be an absolute http or https URI.", nameof(endpoint));
        }

        _endpoint = endpoint;
        _basePath = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _pipeline = HttpPipelineBuilder.Build(options, perCallPolicies: [], perRetryPolicies: [authPolicy], new ResponseClassifier());
    }

    /// <param name="path">Already escaped, starting with "/", relative to the endpoint.</param>
    public Uri ServiceUri(string path) => new($"{_basePath}{path}?api-version={AcsEmailClientOptions.ApiVersion}");

    /// <summary>
    /// The Operation-Location as returned when it points at this endpoint (adding the api-version if it lacks one);
    /// otherwise null, so that neither the key's signature nor a token is ever sent to another host.
    /// </summary>
    public Uri? TrustedLocation(Uri? location)
    {
        if (location is null || !location.IsAbsoluteUri
            || Uri.Compare(location, _endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        return location.Query.Contains("api-version=", StringComparison.Ordinal)
            ? location
            : new Uri($"{location.GetLeftPart(UriPartial.Path)}{(location.Query.Length > 0 ? location.Query + "&" : "?")}" +
                $"api-version={AcsEmailClientOptions.ApiVersion}");
    }

    public HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        HttpMessage message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        return message;
    }

    /// <summary>
    /// Sends with Azure.Core's retries and throws <see cref="RequestFailedException"/> unless the final status is
    /// <paramref name="success"/>. Unreachable after every attempt: status 0. The caller's own cancellation still
    /// surfaces as OperationCanceledException.
    /// </summary>
    public async Task<Response> SendAsync(HttpMessage message, string operation, int success, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AggregateException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw AcsEmailErrors.Unreachable(operation, ex);
        }

        return message.Response.Status == success ? message.Response : throw AcsEmailErrors.Create(message.Response, operation);
    }
}
