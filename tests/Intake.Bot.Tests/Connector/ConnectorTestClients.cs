using Azure.Core;
using Intake.Bot.Auth;
using Intake.Bot.Connector;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Connector;

/// <summary>Connector clients over a <see cref="RecordingTransport"/>, with millisecond retries, and vouched URLs.</summary>
internal static class ConnectorTestClients
{
    public const string Token = "outbound-test-token";

    public static ConnectorClient Create(RecordingTransport transport, IBotTokenProvider? tokens = null)
    {
        var options = new ConnectorClientOptions { Transport = transport.Transport };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.Mode = RetryMode.Fixed;
        return new ConnectorClient(tokens ?? new FixedTokenProvider(Token), options);
    }

    /// <summary>What a validated token would vouch for (the authenticator itself is tested in Auth/).</summary>
    public static VouchedServiceUrl Vouched(string serviceUrl) => BotAuthResult.Authenticated(new(), new Uri(serviceUrl)).ServiceUrl;

    public static VouchedServiceUrl LocalDevelopment(string serviceUrl) =>
        BotAuthResult.UnauthenticatedLocalDevelopment(new Uri(serviceUrl)).ServiceUrl;
}

/// <summary>Always the same token; counts how often it was asked.</summary>
internal sealed class FixedTokenProvider(string token) : IBotTokenProvider
{
    public int Calls { get; private set; }

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult<string?>(token);
    }
}
