namespace Intake.Functions.Storage;

/// <summary>A received message, invisible to others until <see cref="NextVisibleOn"/>; text already decoded.</summary>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    string MessageText,
    long DequeueCount,
    DateTimeOffset InsertionTime,
    DateTimeOffset? ExpiresOn,
    DateTimeOffset NextVisibleOn);
