namespace Intake.Bot.Connector;

/// <summary>Unauthenticated local development (offline-directline): replies go out without an Authorization header.</summary>
internal sealed class NullBotTokenProvider : IBotTokenProvider
{
    public static readonly NullBotTokenProvider Instance = new();

    private NullBotTokenProvider()
    {
    }

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
