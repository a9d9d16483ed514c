using System.Text.Json;
using Azure;
using Azure.Core;
using Intake.Bot.Auth;
using Intake.Bot.Http;
using Intake.Bot.Protocol;

namespace Intake.Bot.Connector;

/// <summary>
/// Sends activities through the Bot Connector REST API v3 (§4). It only sends to a <see cref="VouchedServiceUrl"/>,
/// which only a successful <see cref="BotAuthenticator"/> result gives, so the bot's token never goes to a URL taken
/// from an unauthenticated body. Methods are virtual so tests can substitute the Connector.
/// </summary>
internal class ConnectorClient
{
    private const string ReplyOperation = "ReplyToActivity";
    private const string SendOperation = "SendToConversation";

    private readonly BotServicePipeline _pipeline = null!;
    private readonly IBotTokenProvider _tokens = null!;

    /// <summary>For mocking and subclassing only.</summary>
    protected ConnectorClient()
    {
    }

    public ConnectorClient(IBotTokenProvider tokenProvider, ConnectorClientOptions? options = null)
    {
        _tokens = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
        _pipeline = new BotServicePipeline(options ?? new ConnectorClientOptions());
    }

    /// <summary>POST v3/conversations/{conversationId}/activities/{activityId}: a reply threaded under that activity.</summary>
    public virtual Task<ResourceId> ReplyToActivityAsync(
        VouchedServiceUrl serviceUrl, string conversationId, string activityId, Activity reply, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return SendAsync(serviceUrl, conversationId, activityId, reply, ReplyOperation, cancellationToken);
    }

    /// <summary>POST v3/conversations/{conversationId}/activities: e.g. a typing indicator.</summary>
    public virtual Task<ResourceId> SendToConversationAsync(
        VouchedServiceUrl serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(serviceUrl, conversationId, null, activity, SendOperation, cancellationToken);

    /// <summary>
    /// {serviceUrl}/v3/conversations/{id}/activities[/{activityId}]: the serviceUrl's path kept, one slash before v3,
    /// ids escaped (Teams ids hold ':', ';', '@', '|').
    /// </summary>
    internal static Uri ActivitiesUri(Uri serviceUrl, string conversationId, string? activityId)
    {
        string path = serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')
            + "/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
        return new Uri(activityId is null ? path : path + "/" + Uri.EscapeDataString(activityId));
    }

    private async Task<ResourceId> SendAsync(
        VouchedServiceUrl serviceUrl, string conversationId, string? activityId, Activity activity, string operation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);

        // No token for a serviceUrl that no token vouched for (local development): §9.
        string? token = serviceUrl.IsUnauthenticatedLocalDevelopment
            ? null
            : await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
        using HttpMessage message = _pipeline.CreateJsonPost(
            ActivitiesUri(serviceUrl.Uri, conversationId, activityId), token, body);
        Response response = await _pipeline.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return ReadResourceId(response);
    }

    /// <summary>The new activity's id; an empty body (offline-directline, some channels) or one without an id gives null.</summary>
    private static ResourceId ReadResourceId(Response response)
    {
        ReadOnlyMemory<byte> content = response.Content.ToMemory();
        if (content.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new ResourceId(null);
        }

        try
        {
            return JsonSerializer.Deserialize(content.Span, BotJsonContext.Default.ResourceId) ?? new ResourceId(null);
        }
        catch (JsonException)
        {
            // Delivered (2xx) all the same; failing here would make the caller send the reply again.
            return new ResourceId(null);
        }
    }
}
