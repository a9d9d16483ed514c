using Microsoft.Extensions.Logging;

namespace Intake.Bot.Auth;

/// <summary>
/// An issuer family the bot accepts (§5.1): its allowed <c>iss</c> values, where its keys are, and which extra checks
/// its tokens get.
/// </summary>
internal sealed record BotTokenSource(
    IReadOnlyList<string> Issuers, OpenIdKeySource Keys, bool ChecksEndorsements, string? TenantId)
{
    /// <summary>Tokens from the Bot Framework channels (Teams, Web Chat, Direct Line, ...): keys carry endorsements.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public static BotTokenSource BotFramework(BotAuthOptions options, ILogger logger) =>
        new([BotFrameworkIssuer], new OpenIdKeySource(options.OpenIdMetadataUrl, options, logger), ChecksEndorsements: true, TenantId: null);

    /// <summary>Entra ID tokens of the configured tenant (v1 and v2 issuers); null without a tenant.</summary>
    public static BotTokenSource? Entra(BotAuthOptions options, ILogger logger)
    {
        if (string.IsNullOrEmpty(options.TenantId) || options.EntraMetadataUrl is not { } metadata)
        {
            return null;
        }

        string[] issuers =
        [
            $"https://login.microsoftonline.com/{options.TenantId}/v2.0",
            $"https://sts.windows.net/{options.TenantId}/",
        ];
        return new(issuers, new OpenIdKeySource(metadata, options, logger), ChecksEndorsements: false, options.TenantId);
    }
}
