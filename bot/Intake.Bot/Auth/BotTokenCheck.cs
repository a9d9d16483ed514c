using System.Security.Claims;

namespace Intake.Bot.Auth;

/// <summary>
/// What the Authorization header alone says (<see cref="BotAuthenticator.CheckTokenAsync"/>), before the body is read:
/// <see cref="Refused"/>, <see cref="Absent"/> (let in only for a loopback serviceUrl in local development) or
/// <see cref="Valid"/>. Whether the token vouches for the activity is <see cref="BotAuthenticator.Vouch"/>'s to say.
/// </summary>
internal abstract record BotTokenCheck
{
    private BotTokenCheck()
    {
    }

    internal sealed record Refused(BotAuthResult.Failure Failure) : BotTokenCheck;

    internal sealed record Absent : BotTokenCheck;

    internal sealed record Valid(BotTokenSource Source, EndorsedConfiguration Keys, string KeyId, ClaimsIdentity Identity) : BotTokenCheck;
}
