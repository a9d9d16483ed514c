using Azure.Storage.Queues.Models;
using Intake.Functions.Functions;
using Intake.Functions.Storage;
using Intake.Functions.Submissions;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace Intake.Functions.Hosting.Standalone;

/// <summary>
/// Polls one queue for one function with the Functions host's semantics: a batch at a time, hidden for a lease while
/// processed, deleted on success; on failure visible again after the visibility timeout with its dequeue count up
/// by one; after the last allowed try copied to <c>&lt;queue&gt;-poison</c> and deleted. Nothing is dropped.
/// </summary>
internal sealed partial class QueueWorker(
    QueueTarget function,
    IntakeQueues queues,
    IOptions<QueueProcessingOptions> options,
    TimeProvider clock,
    ILogger<QueueWorker> logger) : BackgroundService
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var delay = MinPollingInterval;
        var queue = queues.Get(function.QueueName);
        LogStarted(logger, function.Name, function.QueueName);
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] batch;
            try
            {
                batch = await ReceiveAsync(queue, o, stoppingToken);
            }
            catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, stoppingToken))
            {
                LogPollFailed(logger, function.QueueName, ex.GetType().Name);
                batch = [];
            }

            if (batch.Length == 0)
            {
                await Task.Delay(delay, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, o.MaxPollingInterval.Ticks));
                continue;
            }

            delay = MinPollingInterval;

            // Messages already fetched are finished even when shutting down; an unfinished one would wait out its lease.
            await Task.WhenAll(batch.Select(m => ProcessAsync(queue, m, o)));
        }
    }

    /// <summary>A poll is no trace of its own (it would be one every few hundred milliseconds per queue): its call is not
    /// traced. The function's run is (<see cref="QueueFunctions"/>).</summary>
    private static async Task<QueueMessage[]> ReceiveAsync(Azure.Storage.Queues.QueueClient queue, QueueProcessingOptions o, CancellationToken cancellationToken)
    {
        using var untraced = SuppressInstrumentationScope.Begin();
        return (await queue.ReceiveMessagesAsync(o.BatchSize, o.Lease, cancellationToken)).Value;
    }

    /// <summary>Settling a message (delete, or back after the visibility timeout) is the host's work, not a trace.</summary>
    private static async Task UntracedAsync(Func<Task> call)
    {
        using var untraced = SuppressInstrumentationScope.Begin();
        await call();
    }

    private async Task ProcessAsync(Azure.Storage.Queues.QueueClient queue, QueueMessage message, QueueProcessingOptions o)
    {
        try
        {
            if (message.DequeueCount > o.MaxDequeueCount)
            {
                // Its last try ended without an answer (the process died): it has had all its tries.
                await MoveToPoisonAsync(queue, message);
                return;
            }

            try
            {
                await function.RunAsync(message, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogAttemptFailed(logger, ex, function.Name, message.MessageId, message.DequeueCount, o.MaxDequeueCount, ex.GetType().Name);
                if (message.DequeueCount >= o.MaxDequeueCount)
                {
                    await MoveToPoisonAsync(queue, message);
                }
                else
                {
                    await UntracedAsync(() => queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: o.VisibilityTimeout));
                }

                return;
            }

            await UntracedAsync(() => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt));
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, CancellationToken.None))
        {
            // The message stays in its queue and comes back when its lease ends.
            LogSettleFailed(logger, function.QueueName, message.MessageId, ex.GetType().Name);
        }
    }

    private async Task MoveToPoisonAsync(Azure.Storage.Queues.QueueClient queue, QueueMessage message)
    {
        await PoisonQueue.SendAsync(queues, function.QueueName, message.Body.ToString());
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        LogPoisoned(logger, message.MessageId, function.QueueName, StorageNames.PoisonQueueOf(function.QueueName), message.DequeueCount);
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Standalone worker for {FunctionName} polls queue {QueueName}.")]
    private static partial void LogStarted(ILogger logger, string functionName, string queueName);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "{FunctionName} failed on message {MessageId}, try {DequeueCount} of {MaxDequeueCount}: {ExceptionType}.")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string functionName, string messageId, long dequeueCount, int maxDequeueCount, string exceptionType);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Message {MessageId} moved from {QueueName} to {PoisonQueue} after {DequeueCount} tries.")]
    private static partial void LogPoisoned(ILogger logger, string messageId, string queueName, string poisonQueue, long dequeueCount);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Polling {QueueName} failed: {ExceptionType}.")]
    private static partial void LogPollFailed(ILogger logger, string queueName, string exceptionType);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Could not settle message {MessageId} on {QueueName} ({ExceptionType}); it returns after its lease.")]
    private static partial void LogSettleFailed(ILogger logger, string queueName, string messageId, string exceptionType);
}
