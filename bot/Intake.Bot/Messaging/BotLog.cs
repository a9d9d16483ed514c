using Microsoft.Extensions.Logging;

namespace Intake.Bot.Messaging;

/// <summary>Source-generated logs of the messaging endpoint: channel, status, fixed reasons; never message text.</summary>
internal static partial class BotLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Inbound activity refused with {Status} ({Reason}) on channel {ChannelId}")]
    public static partial void Refused(ILogger logger, int status, string reason, string? channelId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "Unauthenticated local development: activity on channel {ChannelId} accepted without a token, replies to {ServiceUrl} carry none")]
    public static partial void UnauthenticatedLocalDevelopment(ILogger logger, string? channelId, Uri serviceUrl);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning,
        Message = "Authenticated activity on channel {ChannelId} has no conversation id; nothing to reply to")]
    public static partial void NoConversation(ILogger logger, string? channelId);
}
