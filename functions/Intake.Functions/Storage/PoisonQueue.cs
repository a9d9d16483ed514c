using Azure.Storage.Queues;
using Azure.Storage.Queues.Specialized;
using Intake.Functions.Telemetry;

namespace Intake.Functions.Storage;

/// <summary>Where messages go that must not be tried again: <c>&lt;queue&gt;-poison</c>, created when first needed
/// (as the Functions host does).</summary>
internal static class PoisonQueue
{
    public static async Task SendAsync(IntakeQueues queues, string queue, string messageText, CancellationToken cancellationToken = default) =>
        await SendAsync(queues.Get(StorageNames.PoisonQueueOf(queue)), messageText, cancellationToken);

    /// <summary>
    /// A received message that is not base64 cannot be handed to any function (the queue trigger decodes base64): the
    /// SDK leaves it out of the batch and raises this event. Left alone it would come back forever, unseen; instead it
    /// moves, as it is, to <c>&lt;queue&gt;-poison</c> where operations staff find it.
    /// </summary>
    public static async Task OnDecodingFailedAsync(QueueMessageDecodingFailedEventArgs args)
    {
        if (args.ReceivedMessage is not { } message || args.IsRunningSynchronously)
        {
            return;  // A peek changes nothing; the app never receives synchronously.
        }

        var poison = args.Queue.GetParentQueueServiceClient().GetQueueClient(StorageNames.PoisonQueueOf(args.Queue.Name));
        await SendAsync(poison, message.Body.ToString(), args.CancellationToken);
        await args.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, args.CancellationToken);
    }

    private static async Task SendAsync(QueueClient poison, string messageText, CancellationToken cancellationToken)
    {
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.SendAsIsAsync(messageText, cancellationToken);
        IntakeTelemetry.Poisoned.Add(1, new KeyValuePair<string, object?>(IntakeTelemetry.Queue, StorageNames.SourceOfPoison(poison.Name)));
    }
}
