using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Storage;

/// <summary>One service endpoint behind an Azure.Core pipeline: builds requests, sends them, maps failures.</summary>
internal sealed class StorageServiceConnection
{
    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;

    public StorageServiceConnection(
        Uri endpoint, ClientOptions options, string apiVersion, TimeProvider timeProvider, HttpPipelinePolicy authPolicy)
    {
        _endpoint = StorageClientDefaults.NormalizeEndpoint(endpoint);
        _pipeline = HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [],
            perRetryPolicies: [new StorageHeadersPolicy(apiVersion, timeProvider), authPolicy],
            new ResponseClassifier());
    }

    /// <param name="path">Already escaped, starting with "/", relative to the endpoint.</param>
    public HttpMessage CreateMessage(RequestMethod method, string path)
    {
        HttpMessage message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(_endpoint);
        message.Request.Uri.AppendPath(path, escape: false);
        return message;
    }

    /// <summary>
    /// Sends with retries. When the service cannot be reached at all (every attempt refused or timed out), Azure.Core's
    /// AggregateException or timeout is turned into a <see cref="RequestFailedException"/> with status 0, so callers
    /// handle one failure type. The caller's own cancellation still surfaces as OperationCanceledException.
    /// </summary>
    public async Task<Response> SendAsync(HttpMessage message, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return message.Response;
        }
        catch (Exception ex) when (ex is AggregateException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new RequestFailedException(
                0, $"{operation} failed: the storage service could not be reached or did not answer in time.", null, ex);
        }
    }

    /// <summary>Sends and throws <see cref="RequestFailedException"/> unless the status is one of <paramref name="success"/>.</summary>
    public Task<Response> SendAsync(HttpMessage message, string operation, CancellationToken cancellationToken, params int[] success) =>
        SendAsync(message, operation, response => success.Contains(response.Status), cancellationToken);

    /// <summary>Sends and throws <see cref="RequestFailedException"/> unless <paramref name="accept"/> takes the response.</summary>
    public async Task<Response> SendAsync(
        HttpMessage message, string operation, Func<Response, bool> accept, CancellationToken cancellationToken)
    {
        Response response = await SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return accept(response) ? response : throw StorageErrors.Create(response, operation);
    }
}
