using Azure.Storage.Queues.Models;

namespace Intake.Functions.Functions;

/// <summary>One delivery of a queue message, the same whether the Functions host or the standalone worker delivers it.</summary>
internal sealed record QueueDelivery(string MessageText, string? MessageId, long DequeueCount, DateTimeOffset? InsertionTime)
{
    public static QueueDelivery From(QueueMessage message) =>
        new(message.Body?.ToString() ?? string.Empty, message.MessageId, message.DequeueCount, message.InsertedOn);
}

/// <summary>
/// What a queue-triggered function does with one message; its trigger is declared in <see cref="QueueFunctions"/>.
/// Throwing fails the delivery: the message comes back, and after the fifth failure it lands in
/// <c>&lt;queue&gt;-poison</c>. Every handler must be safe to run twice for the same message.
/// </summary>
internal interface IQueueFunction
{
    string Name { get; }

    Task RunAsync(QueueDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>What a timer-triggered function does on each occurrence; its schedule is declared in <see cref="TimerFunctions"/>.</summary>
internal interface ITimerFunction
{
    string Name { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
