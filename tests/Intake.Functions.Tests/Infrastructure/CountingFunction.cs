using Intake.Functions.Functions;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>Counts the tries of a queue function and passes each on to the real one.</summary>
internal sealed class CountingFunction(IQueueFunction inner) : IQueueFunction
{
    private int attempts;

    public int Attempts => attempts;

    public string Name => inner.Name;

    public string QueueName => inner.QueueName;

    public async Task RunAsync(QueueDelivery delivery, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        await inner.RunAsync(delivery, cancellationToken);
    }
}
