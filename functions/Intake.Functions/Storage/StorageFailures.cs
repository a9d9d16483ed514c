using Azure;

namespace Intake.Functions.Storage;

/// <summary>Tells a storage outage (unreachable, timed out, refused, 5xx after retries) from a bug.</summary>
internal static class StorageFailures
{
    public static bool IsStorageFailure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        RequestFailedException or HttpRequestException or IOException => true,
        // (The clients turn Azure.Core's exhausted retries into RequestFailedException with status 0.)
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
