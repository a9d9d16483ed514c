using System.Security.Claims;

namespace Intake.Bot.Auth;

/// <summary>The outcome of <see cref="BotAuthenticator.AuthenticateAsync"/>: <see cref="Success"/> or <see cref="Failure"/>.</summary>
internal abstract record BotAuthResult
{
    private BotAuthResult()
    {
    }

    /// <summary>
    /// Let in. <see cref="Identity"/> holds the validated token's claims; null in unauthenticated local development,
    /// which the app should log.
    /// </summary>
    internal sealed record Success(ClaimsIdentity? Identity, VouchedServiceUrl ServiceUrl) : BotAuthResult
    {
        public bool IsUnauthenticatedLocalDevelopment => ServiceUrl.IsUnauthenticatedLocalDevelopment;
    }

    /// <summary>Refused: <see cref="Status"/> is 401 (no or bad token) or 403 (token not good for this activity).</summary>
    /// <param name="Reason">A fixed English phrase for the log; never token contents.</param>
    internal sealed record Failure(int Status, string Reason) : BotAuthResult;

    internal static Success Authenticated(ClaimsIdentity identity, Uri serviceUrl) =>
        new(identity, new VouchedServiceUrl(serviceUrl, isUnauthenticatedLocalDevelopment: false));

    internal static Success UnauthenticatedLocalDevelopment(Uri serviceUrl) =>
        new(null, new VouchedServiceUrl(serviceUrl, isUnauthenticatedLocalDevelopment: true));

    internal static Failure Unauthorized(string reason) => new(401, reason);

    internal static Failure Forbidden(string reason) => new(403, reason);
}
