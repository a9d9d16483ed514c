using Azure.Core;

namespace Intake.Functions.Storage;

/// <summary>Pipeline options for <see cref="QueueStorageClient"/>: retries, transport, diagnostics, message encoding.</summary>
public sealed class QueueStorageClientOptions : ClientOptions
{
    /// <summary>The Queue service REST version this client speaks; the one place it is pinned.</summary>
    internal const string ApiVersion = "2021-12-02";

    public QueueStorageClientOptions()
    {
        StorageClientDefaults.ApplyRetryDefaults(Retry);
    }

    /// <summary>Base64 (the default) matches the Azure Functions queue trigger's default.</summary>
    public QueueMessageEncoding MessageEncoding { get; set; } = QueueMessageEncoding.Base64;

    /// <summary>Clock for x-ms-date; tests fix it to reproduce signatures.</summary>
    internal TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
