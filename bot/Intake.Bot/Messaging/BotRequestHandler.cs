using Intake.Bot.Auth;
using Intake.Bot.Connector;
using Intake.Bot.Protocol;
using Microsoft.Extensions.Logging;

namespace Intake.Bot.Messaging;

/// <summary>
/// One inbound activity, in the order that matters: the token (from the header alone, before the body is read, by
/// <see cref="CheckTokenAsync"/>), then whether it vouches for the activity, and only then run the turn and send its
/// replies through the Connector to the serviceUrl the token vouched for. A refused request runs nothing and sends
/// nothing.
/// </summary>
internal sealed class BotRequestHandler(BotAuthenticator authenticator, ConnectorClient connector, ILogger<BotRequestHandler> logger)
{
    /// <summary>The first half, from the Authorization header alone; a refusal is logged here.</summary>
    public async Task<BotTokenCheck> CheckTokenAsync(string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        BotTokenCheck token = await authenticator.CheckTokenAsync(authorizationHeader, cancellationToken).ConfigureAwait(false);
        if (token is BotTokenCheck.Refused refused)
        {
            BotLog.Refused(logger, refused.Failure.Status, refused.Failure.Reason, channelId: null);
        }

        return token;
    }

    /// <summary>The second half, with the activity, for a token <see cref="CheckTokenAsync"/> did not refuse.</summary>
    /// <returns>The status for the inbound POST: 200, or the refusal's 401/403, or 400 without a conversation.</returns>
    public async Task<int> HandleAsync(BotTokenCheck token, Activity activity, BotTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(turn);
        BotAuthResult result = BotAuthenticator.Vouch(token, activity);
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
