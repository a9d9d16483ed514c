namespace Intake.Functions.Storage;

/// <summary>Where messages go that must not be tried again: <c>&lt;queue&gt;-poison</c>, created when first needed
/// (as the Functions host does).</summary>
internal static class PoisonQueue
{
    public static async Task SendAsync(QueueStorageClient queues, string queue, string messageText, CancellationToken cancellationToken = default)
    {
        var poison = StorageNames.PoisonQueueOf(queue);
        await queues.CreateQueueIfNotExistsAsync(poison, cancellationToken);
        await queues.SendMessageAsync(poison, messageText, cancellationToken: cancellationToken);
    }
}
