using Intake.Bot.Auth;
using Intake.Bot.Connector;
using Intake.Bot.Protocol;
using Microsoft.Extensions.Logging;

namespace Intake.Bot.Messaging;

/// <summary>
/// One inbound activity, in the order that matters: authenticate, and only then run the turn and send its replies
/// through the Connector to the serviceUrl the token vouched for. A refused request runs nothing and sends nothing.
/// (The app's /api/messages endpoint will wrap this; it should answer the channel before slow turns finish.)
/// </summary>
internal sealed class BotRequestHandler(BotAuthenticator authenticator, ConnectorClient connector, ILogger<BotRequestHandler> logger)
{
    /// <returns>The status for the inbound POST: 200, or the refusal's 401/403, or 400 without a conversation.</returns>
    public async Task<int> HandleAsync(
        string? authorizationHeader, Activity activity, BotTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(turn);
        BotAuthResult result = await authenticator.AuthenticateAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        if (result is not BotAuthResult.Success success)
        {
            var failure = (BotAuthResult.Failure)result;
            BotLog.Refused(logger, failure.Status, failure.Reason, activity.ChannelId);
            return failure.Status;
        }

        if (success.IsUnauthenticatedLocalDevelopment)
        {
            BotLog.UnauthenticatedLocalDevelopment(logger, activity.ChannelId, success.ServiceUrl.Uri);
        }

        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            BotLog.NoConversation(logger, activity.ChannelId);
            return 400;
        }

        foreach (Activity reply in await turn(activity, cancellationToken).ConfigureAwait(false))
        {
            await (activity.Id is { Length: > 0 } activityId
                ? connector.ReplyToActivityAsync(success.ServiceUrl, conversationId, activityId, reply, cancellationToken)
                : connector.SendToConversationAsync(success.ServiceUrl, conversationId, reply, cancellationToken)).ConfigureAwait(false);
        }

        return 200;
    }
}
