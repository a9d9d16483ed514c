using Azure.Identity;
using Azure.Storage.Queues;

namespace Intake.PoisonReplay;

/// <summary>
/// Moves messages from <c>&lt;queue&gt;-poison</c> back to <c>&lt;queue&gt;</c>, as they are (base64, never expiring),
/// each sent before it is deleted: a crash in between leaves a copy in both, never in neither; every handler is safe
/// to run twice for the same message. Prints counts, never message text.
/// </summary>
public static class PoisonQueueReplay
{
    public static async Task<int> ReplayAsync(QueueServiceClient service, string queue, int max, CancellationToken cancellationToken)
    {
        var source = service.GetQueueClient(queue + "-poison");
        var target = service.GetQueueClient(queue);
        if (!await source.ExistsAsync(cancellationToken))
        {
            return 0;
        }

        var moved = 0;
        while (moved < max)
        {
            var batch = (await source.ReceiveMessagesAsync(Math.Min(32, max - moved), TimeSpan.FromMinutes(5), cancellationToken)).Value;
            if (batch.Length == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                await target.SendMessageAsync(message.Body.ToString(), visibilityTimeout: null, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken);
                await source.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }

        return moved;
    }

    /// <summary>The app's own storage setting: AzureWebJobsStorage (a connection string) or its __queueServiceUri.</summary>
    public static QueueServiceClient Connect(Func<string, string?> setting)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (setting("AzureWebJobsStorage") is { Length: > 0 } connectionString)
        {
            return new QueueServiceClient(connectionString, options);
        }

        if (setting("AzureWebJobsStorage__queueServiceUri") is { Length: > 0 } uri)
        {
            return new QueueServiceClient(new Uri(uri), new DefaultAzureCredential(), options);
        }

        throw new InvalidOperationException("Set AzureWebJobsStorage (a connection string) or AzureWebJobsStorage__queueServiceUri.");
    }
}
