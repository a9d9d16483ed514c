using Azure.Core;

namespace Intake.Bot.DirectLine;

/// <summary>Pipeline options for <see cref="DirectLineTokenClient"/>: retries, transport, diagnostics.</summary>
internal sealed class DirectLineTokenClientOptions : ClientOptions
{
    /// <summary>A citizen waits for the chat to open: two quick retries, 10 s network timeout.</summary>
    public DirectLineTokenClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 2;
        Retry.Delay = TimeSpan.FromMilliseconds(300);
        Retry.MaxDelay = TimeSpan.FromSeconds(3);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }
}
