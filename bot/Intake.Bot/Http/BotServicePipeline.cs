using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Bot.Http;

/// <summary>
/// An Azure.Core pipeline to a Bot Framework service (Connector, Direct Line): retries with back-off (429 and 5xx,
/// honouring Retry-After), logging with the Authorization header redacted, and failures as
/// <see cref="RequestFailedException"/>.
/// </summary>
internal sealed class BotServicePipeline(ClientOptions options)
{
    private readonly HttpPipeline _pipeline = HttpPipelineBuilder.Build(
        options, perCallPolicies: [], perRetryPolicies: [], new ResponseClassifier());

    /// <summary>A JSON POST to <paramref name="uri"/>, with the bearer token when there is one.</summary>
    public HttpMessage CreateJsonPost(Uri uri, string? bearerToken, byte[] json)
    {
        HttpMessage message = _pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(uri);
        message.Request.Headers.SetValue("Content-Type", "application/json; charset=utf-8");
        if (bearerToken is not null)
        {
            message.Request.Headers.SetValue("Authorization", "Bearer " + bearerToken);
        }

        message.Request.Content = RequestContent.Create(json);
        return message;
    }

    /// <summary>
    /// Sends with retries; any 2xx is success. Otherwise throws <see cref="RequestFailedException"/> with the final
    /// status (0 when the service could not be reached at all). The caller's own cancellation still surfaces as
    /// OperationCanceledException.
    /// </summary>
    public async Task<Response> SendAsync(HttpMessage message, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AggregateException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new RequestFailedException(
                0, $"{operation} failed: the service could not be reached or did not answer in time.", null, ex);
        }

        Response response = message.Response;
        return response.Status is >= 200 and < 300 ? response : throw BotServiceErrors.Create(response, operation);
    }
}
