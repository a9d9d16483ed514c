namespace Intake.Functions.Storage;

/// <summary>A message seen without receiving it (no pop receipt); text already decoded.</summary>
public sealed record PeekedMessage(string MessageId, string MessageText, long DequeueCount, DateTimeOffset InsertionTime);
