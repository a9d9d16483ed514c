using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Email.Acs;

/// <summary>
/// Client for the Azure Communication Services Email REST API (send, poll the send operation). Methods are virtual so
/// tests can substitute the service.
/// </summary>
public class AcsEmailClient
{
    /// <summary>Entra ID scope of Azure Communication Services.</summary>
    private const string CommunicationScope = "https://communication.azure.com/.default";
    private const string SendOperation = "SendEmail";
    private const string PollOperation = "GetEmailSendResult";
    private static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);

    private readonly AcsEmailPipeline _pipeline = null!;
    private readonly TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>For mocking and subclassing only.</summary>
    protected AcsEmailClient()
    {
    }

    /// <summary>Signs every request with the resource's access key (HMAC-SHA256).</summary>
    public AcsEmailClient(Uri endpoint, AzureKeyCredential accessKey, AcsEmailClientOptions? options = null)
        : this(endpoint, options ?? new AcsEmailClientOptions(), clock => new AcsHmacPolicy(accessKey, clock))
    {
    }

    /// <summary>Authenticates with Entra ID (e.g. a managed identity) for the scope https://communication.azure.com/.default.</summary>
    public AcsEmailClient(Uri endpoint, TokenCredential credential, AcsEmailClientOptions? options = null)
        : this(endpoint, options ?? new AcsEmailClientOptions(), _ => BearerPolicy(credential))
    {
    }

    private AcsEmailClient(Uri endpoint, AcsEmailClientOptions options, Func<TimeProvider, HttpPipelinePolicy> authPolicy)
    {
        _timeProvider = options.TimeProvider ?? throw new ArgumentException("TimeProvider is required.", nameof(options));
        _pipeline = new AcsEmailPipeline(endpoint, options, authPolicy(_timeProvider));
    }

    /// <summary>From "endpoint=https://x.communication.azure.com/;accesskey=BASE64"; a malformed string throws FormatException.</summary>
    public static AcsEmailClient FromConnectionString(string connectionString, AcsEmailClientOptions? options = null)
    {
        (Uri endpoint, AzureKeyCredential accessKey) = AcsConnectionString.Parse(connectionString);
        return new AcsEmailClient(endpoint, accessKey, options);
    }

    /// <summary>
    /// Queues the e-mail: POST emails:send, answered 202 with the operation to poll. The three ids go out unchanged on
    /// every retry, so the service sends one e-mail however often the request is repeated within 5 minutes.
    /// </summary>
    public virtual async Task<AcsSendOperation> SendAsync(
        AcsEmailMessage message, AcsSendRequestIds ids, CancellationToken cancellationToken = default)
    {
        AcsEmailMessageRules.Validate(message);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.OperationId == Guid.Empty || ids.RepeatabilityRequestId == Guid.Empty)
        {
            throw new ArgumentException("The operation id and the repeatability request id must not be empty.", nameof(ids));
        }

        using HttpMessage http = _pipeline.CreateMessage(RequestMethod.Post, _pipeline.ServiceUri("/emails:send"));
        RequestHeaders headers = http.Request.Headers;
        headers.SetValue("Content-Type", "application/json");
        headers.SetValue("Operation-Id", ids.OperationId.ToString("D"));
        headers.SetValue("Repeatability-Request-ID", ids.RepeatabilityRequestId.ToString("D"));
        headers.SetValue("Repeatability-First-Sent", ids.RepeatabilityFirstSent.UtcDateTime.ToString("R", CultureInfo.InvariantCulture));
        http.Request.Content = RequestContent.Create(AcsEmailJson.WriteMessage(message));

        Response response = await _pipeline.SendAsync(http, SendOperation, 202, cancellationToken).ConfigureAwait(false);
        AcsSendResult result = AcsEmailJson.ReadResult(response, SendOperation);
        Uri? location = response.Headers.TryGetValue("Operation-Location", out string? text)
            && Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) ? uri : null;
        return new AcsSendOperation(result.OperationId, result.Status, location, RetryAfter(response));
    }

    /// <summary>GET emails/operations/{operationId}: the current status, with the error when it failed.</summary>
    public virtual async Task<AcsSendResult> GetSendResultAsync(string operationId, CancellationToken cancellationToken = default)
    {
        (AcsSendResult result, _) = await PollAsync(null, operationId, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Polls until terminal (honouring retry-after, at least 1 s apart unless the server says less) or until
    /// <paramref name="maxWait"/>; returns the last result seen. A poll that would start after maxWait is not made.
    /// </summary>
    public virtual async Task<AcsSendResult> WaitForCompletionAsync(
        AcsSendOperation operation, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWait, TimeSpan.Zero);
        long started = _timeProvider.GetTimestamp();
        Uri? location = _pipeline.TrustedLocation(operation.OperationLocation);
        var last = new AcsSendResult(operation.OperationId, operation.Status, null, null);
        TimeSpan? retryAfter = operation.RetryAfter;
        while (!last.IsTerminal)
        {
            TimeSpan delay = retryAfter ?? DefaultPollInterval;
            if (_timeProvider.GetElapsedTime(started) + delay > maxWait)
            {
                break;
            }

            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            (last, retryAfter) = await PollAsync(location, operation.OperationId, cancellationToken).ConfigureAwait(false);
        }

        return last;
    }

    private async Task<(AcsSendResult Result, TimeSpan? RetryAfter)> PollAsync(
        Uri? location, string operationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        Uri uri = location ?? _pipeline.ServiceUri("/emails/operations/" + Uri.EscapeDataString(operationId));
        using HttpMessage http = _pipeline.CreateMessage(RequestMethod.Get, uri);
        Response response = await _pipeline.SendAsync(http, PollOperation, 200, cancellationToken).ConfigureAwait(false);
        return (AcsEmailJson.ReadResult(response, PollOperation), RetryAfter(response));
    }

    /// <summary>Retry-After in whole seconds, as the API description declares it.</summary>
    private static TimeSpan? RetryAfter(Response response) =>
        response.Headers.TryGetValue("Retry-After", out string? text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds)
            ? TimeSpan.FromSeconds(seconds) : null;

    private static BearerTokenAuthenticationPolicy BearerPolicy(TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new BearerTokenAuthenticationPolicy(credential, CommunicationScope);
    }
}
