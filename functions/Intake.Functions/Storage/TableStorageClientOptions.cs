using Azure.Core;

namespace Intake.Functions.Storage;

/// <summary>Pipeline options for <see cref="TableStorageClient"/>: retries, transport, diagnostics.</summary>
public sealed class TableStorageClientOptions : ClientOptions
{
    /// <summary>The Table service REST version this client speaks; the one place it is pinned.</summary>
    internal const string ApiVersion = "2019-02-02";

    public TableStorageClientOptions()
    {
        StorageClientDefaults.ApplyRetryDefaults(Retry);
    }

    /// <summary>Clock for x-ms-date; tests fix it to reproduce signatures.</summary>
    internal TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
