namespace Intake.Functions.Hosting.Standalone;

/// <summary>
/// How the standalone worker treats queues: the same values as <c>extensions.queues</c> in host.json (a test keeps
/// them equal), so a message behaves the same on a laptop as under the Functions host.
/// </summary>
internal sealed class QueueProcessingOptions
{
    public const string SectionName = "QueueProcessing";

    /// <summary>Longest wait between polls of an empty queue.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a failed message stays invisible before it is tried again.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; set; } = 16;

    /// <summary>Tries, the first included, before a message moves to <c>&lt;queue&gt;-poison</c>.</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a message is hidden from other workers while one processes it; if the process dies, it
    /// comes back after this time (the storage default the host relies on is 10 minutes).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);
}
