using System.Security.Claims;
using Intake.Bot.Protocol;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intake.Bot.Auth;

/// <summary>
/// Checks the JWT of every inbound request (specs/bot-framework-protocol.md §5.2-5.4): Bearer scheme, allowed
/// issuer, this bot as audience, RS256/384/512 signature by a published key, lifetime within the clock skew, the
/// signing key endorsed for the activity's channel (Bot Framework tokens), and the <c>serviceurl</c> claim equal to
/// the activity's serviceUrl. Only a success yields a <see cref="VouchedServiceUrl"/> to reply to.
/// </summary>
internal sealed class BotAuthenticator
{
    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthOptions _options;
    private readonly BotTokenSource[] _sources;
    private readonly JsonWebTokenHandler _handler = new();

    public BotAuthenticator(BotAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.AppId) && !options.AllowUnauthenticatedLocalDevelopment)
        {
            throw new ArgumentException("BotAuth:AppId is required unless unauthenticated local development is allowed.", nameof(options));
        }

        _options = options;
        _sources = new[] { BotTokenSource.BotFramework(options), BotTokenSource.Entra(options) }.OfType<BotTokenSource>().ToArray();
    }

    public async Task<BotAuthResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return LocalDevelopment(activity);
        }

        if (!authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || authorizationHeader[7..].Trim() is not { Length: > 0 } token)
        {
            return BotAuthResult.Unauthorized("not a Bearer token");
        }

        if (string.IsNullOrWhiteSpace(_options.AppId))
        {
            return BotAuthResult.Unauthorized("no app id configured to validate tokens against");
        }

        // Read the issuer without trusting it, only to pick the keys; the validation below checks it again.
        if (ReadUnverified(token) is not { } unverified)
        {
            return BotAuthResult.Unauthorized("token malformed");
        }

        if (_sources.FirstOrDefault(s => s.Issuers.Contains(unverified.Issuer, StringComparer.Ordinal)) is not { } source)
        {
            return BotAuthResult.Unauthorized("issuer not allowed");
        }

        if (string.IsNullOrEmpty(unverified.Kid))
        {
            return BotAuthResult.Unauthorized("token names no signing key");
        }

        EndorsedConfiguration keys = await source.Keys.GetConfigurationAsync(unverified.Kid, cancellationToken).ConfigureAwait(false);
        TokenValidationResult result = await _handler.ValidateTokenAsync(unverified, Parameters(source, keys)).ConfigureAwait(false);
        return result.IsValid
            ? Vouch(source, keys, unverified.Kid, result.ClaimsIdentity, activity)
            : BotAuthResult.Unauthorized(BotAuthFailures.Describe(result.Exception));
    }

    private JsonWebToken? ReadUnverified(string token)
    {
        if (!_handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException: three base64url segments, but not JSON inside.
            return null;
        }
    }

    private BotAuthResult LocalDevelopment(Activity activity)
    {
        if (!_options.AllowUnauthenticatedLocalDevelopment)
        {
            return BotAuthResult.Unauthorized("no Authorization header");
        }

        return VouchedServiceUrl.Parse(activity.ServiceUrl) is { IsLoopback: true } local
            ? BotAuthResult.UnauthenticatedLocalDevelopment(local)
            : BotAuthResult.Forbidden("unauthenticated request for a serviceUrl that is not a loopback address");
    }

    private TokenValidationParameters Parameters(BotTokenSource source, EndorsedConfiguration keys) => new()
    {
        ValidIssuers = source.Issuers,
        ValidAudience = _options.AppId,
        IssuerSigningKeys = keys.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = Algorithms,
        ClockSkew = _options.ClockSkew,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        RequireAudience = true,
        LifetimeValidator = BotTokenLifetime.Validator(_options.TimeProvider, _options.ClockSkew),
    };

    private static BotAuthResult Vouch(
        BotTokenSource source, EndorsedConfiguration keys, string keyId, ClaimsIdentity identity, Activity activity)
    {
        if (source.TenantId is { } tenant && identity.FindFirst("tid")?.Value != tenant)
        {
            return BotAuthResult.Unauthorized("tenant does not match the issuer");
        }

        if (identity.FindFirst("serviceurl")?.Value is not { Length: > 0 } vouched)
        {
            return BotAuthResult.Unauthorized("token vouches for no serviceUrl");
        }

        if (!string.Equals(vouched, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            || VouchedServiceUrl.Parse(activity.ServiceUrl) is not { } serviceUrl)
        {
            return BotAuthResult.Forbidden("serviceUrl is not the one the token vouches for");
        }

        if (source.ChecksEndorsements && !string.IsNullOrEmpty(activity.ChannelId) && !keys.Endorses(keyId, activity.ChannelId))
        {
            return BotAuthResult.Forbidden("signing key not endorsed for the channel");
        }

        return BotAuthResult.Authenticated(identity, serviceUrl);
    }
}
