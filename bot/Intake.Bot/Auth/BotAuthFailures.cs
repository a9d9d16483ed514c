using Microsoft.IdentityModel.Tokens;

namespace Intake.Bot.Auth;

/// <summary>Fixed phrases for a failed token validation: the library's messages may quote the token.</summary>
internal static class BotAuthFailures
{
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidLifetimeException => "token lifetime invalid",
        SecurityTokenInvalidAudienceException => "audience is not this bot",
        SecurityTokenInvalidIssuerException => "issuer not allowed",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        SecurityTokenSignatureKeyNotFoundException => "signing key unknown",
        SecurityTokenInvalidSignatureException => "signature invalid",
        SecurityTokenMalformedException => "token malformed",
        _ => "token invalid",
    };
}
