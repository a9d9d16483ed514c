using Microsoft.Extensions.Logging;

namespace Intake.Bot.Auth;

/// <summary>Source-generated logs of inbound authentication: the metadata host, counts, exception types; never a token.</summary>
internal static partial class BotAuthLog
{
    [LoggerMessage(EventId = 4010, Level = LogLevel.Information,
        Message = "Signing keys fetched from the OpenID metadata at {MetadataHost}: {KeyCount} keys")]
    public static partial void KeysFetched(ILogger logger, string metadataHost, int keyCount);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning,
        Message = "The OpenID metadata at {MetadataHost} could not be fetched ({ExceptionType}); the last good keys stay in use (without any, tokens are refused with 401), next try in {RetryAfter} at the soonest")]
    public static partial void KeyFetchFailed(ILogger logger, string metadataHost, string exceptionType, TimeSpan retryAfter);
}
