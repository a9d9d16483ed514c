using Microsoft.IdentityModel.Tokens;

namespace Intake.Bot.Auth;

/// <summary>
/// The lifetime check (§5.2 item 5) against the options' clock: <c>exp</c> required, <c>nbf</c> ≤ now + skew,
/// <c>exp</c> ≥ now − skew. Throws the library's own exception types so a failure reads the same as theirs.
/// </summary>
internal static class BotTokenLifetime
{
    public static LifetimeValidator Validator(TimeProvider clock, TimeSpan clockSkew) =>
        (notBefore, expires, _, _) =>
        {
            DateTime now = clock.GetUtcNow().UtcDateTime;
            if (expires is not { } exp)
            {
                throw new SecurityTokenNoExpirationException("The token has no expiry.");
            }

            if (notBefore is { } nbf && nbf.ToUniversalTime() > now + clockSkew)
            {
                throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = nbf };
            }

            if (exp.ToUniversalTime() < now - clockSkew)
            {
                throw new SecurityTokenExpiredException("The token has expired.") { Expires = exp };
            }

            return true;
        };
}
