namespace Intake.Functions.Functions;

/// <summary>One delivery of a queue message, the same whether the Functions host or the standalone worker delivers it.</summary>
internal sealed record QueueDelivery(string MessageText, string? MessageId, long DequeueCount, DateTimeOffset? InsertionTime);

/// <summary>
/// A queue-triggered function. <see cref="Name"/> is the function's folder under <c>triggers/</c> and the path the
/// Functions host posts to. Throwing fails the delivery: the message comes back, and after the fifth failure it
/// lands in <c>&lt;queue&gt;-poison</c>. Every function must be safe to run twice for the same message.
/// </summary>
internal interface IQueueFunction
{
    string Name { get; }

    string QueueName { get; }

    Task RunAsync(QueueDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>A timer-triggered function; <see cref="Schedule"/> is a six-field NCRONTAB expression.</summary>
internal interface ITimerFunction
{
    string Name { get; }

    string Schedule { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
