using Azure;

namespace Intake.Functions.Storage;

/// <summary>Tells a storage outage (unreachable, timed out, refused, 5xx after retries) from a bug.</summary>
internal static class StorageFailures
{
    public static bool IsStorageFailure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        RequestFailedException or HttpRequestException or IOException => true,
        // Azure.Core's retry policy gives up with an AggregateException of every try's failure.
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0
            && aggregate.InnerExceptions.All(inner => IsStorageFailure(inner, cancellationToken)),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
