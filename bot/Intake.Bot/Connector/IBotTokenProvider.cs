namespace Intake.Bot.Connector;

/// <summary>The bot's outbound token for the Connector (§6): a seam between the Connector client and Entra ID.</summary>
internal interface IBotTokenProvider
{
    /// <summary>A bearer token for https://api.botframework.com, or null to send no Authorization header.</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
