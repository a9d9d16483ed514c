using System.Security.Claims;
using Intake.Bot.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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

    public BotAuthenticator(BotAuthOptions options, ILogger<BotAuthenticator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.AppId) && !options.AllowUnauthenticatedLocalDevelopment)
        {
            throw new ArgumentException("BotAuth:AppId is required unless unauthenticated local development is allowed.", nameof(options));
        }

        _options = options;
        ILogger log = logger ?? NullLogger<BotAuthenticator>.Instance;
        _sources = new[] { BotTokenSource.BotFramework(options, log), BotTokenSource.Entra(options, log) }.OfType<BotTokenSource>().ToArray();
    }

    public async Task<BotAuthResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default) =>
        Vouch(await CheckTokenAsync(authorizationHeader, cancellationToken).ConfigureAwait(false), activity);

    /// <summary>
    /// The checks the Authorization header alone allows, so that a request without a valid token is refused before
    /// its body is read: scheme, a well-formed RS256/384/512 JWS from an allowed issuer naming a key (all before any key
    /// is looked up: a made-up token cannot make the app fetch keys), then signature, audience and lifetime.
    /// </summary>
    public async Task<BotTokenCheck> CheckTokenAsync(string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return _options.AllowUnauthenticatedLocalDevelopment
                ? new BotTokenCheck.Absent()
                : Refuse("no Authorization header");
        }

        if (!authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || authorizationHeader[7..].Trim() is not { Length: > 0 } token)
        {
            return Refuse("not a Bearer token");
        }

        if (string.IsNullOrWhiteSpace(_options.AppId))
        {
            return Refuse("no app id configured to validate tokens against");
        }

        // Read the header and issuer without trusting them, only to refuse early and to pick the keys; the validation
        // below checks them again.
        if (ReadUnverified(token) is not { } unverified)
        {
            return Refuse("token malformed");
        }

        if (!Algorithms.Contains(unverified.Alg, StringComparer.Ordinal))
        {
            return Refuse("signing algorithm not allowed");
        }

        if (!HasRsaSizedSignature(unverified))
        {
            return Refuse("token not signed");
        }

        if (_sources.FirstOrDefault(s => s.Issuers.Contains(unverified.Issuer, StringComparer.Ordinal)) is not { } source)
        {
            return Refuse("issuer not allowed");
        }

        if (string.IsNullOrEmpty(unverified.Kid))
        {
            return Refuse("token names no signing key");
        }

        if (await source.Keys.GetConfigurationAsync(unverified.Kid, cancellationToken).ConfigureAwait(false) is not { } keys)
        {
            return Refuse("signing keys unavailable");
        }

        TokenValidationResult result = await _handler.ValidateTokenAsync(unverified, Parameters(source, keys)).ConfigureAwait(false);
        return result.IsValid
            ? new BotTokenCheck.Valid(source, keys, unverified.Kid, result.ClaimsIdentity)
            : Refuse(BotAuthFailures.Describe(result.Exception));
    }

    /// <summary>The checks that need the activity: the token's tenant, serviceUrl and the key's endorsement for the channel.</summary>
    public static BotAuthResult Vouch(BotTokenCheck token, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        return token switch
        {
            BotTokenCheck.Refused refused => refused.Failure,
            BotTokenCheck.Absent => LocalDevelopment(activity),
            BotTokenCheck.Valid valid => Vouch(valid.Source, valid.Keys, valid.KeyId, valid.Identity, activity),
            _ => throw new ArgumentOutOfRangeException(nameof(token)),
        };
    }

    private static BotTokenCheck.Refused Refuse(string reason) => new(BotAuthResult.Unauthorized(reason));

    /// <summary>
    /// An RSA signature is as long as the key's modulus: 256 bytes for the 2048-bit keys the issuers publish, up to
    /// 1024 for 8192 bits. Anything else (none, a few bytes) was signed by no key the issuers could have published.
    /// </summary>
    private static bool HasRsaSizedSignature(JsonWebToken token) =>
        token.EncodedSignature.Length * 3 / 4 is >= 256 and <= 1024;

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

    private static BotAuthResult LocalDevelopment(Activity activity) =>
        VouchedServiceUrl.Parse(activity.ServiceUrl) is { IsLoopback: true } local
            ? BotAuthResult.UnauthenticatedLocalDevelopment(local)
            : BotAuthResult.Forbidden("unauthenticated request for a serviceUrl that is not a loopback address");

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
