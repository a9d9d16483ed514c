namespace Intake.Functions.Storage;

/// <summary>What the service returns for a sent message.</summary>
public sealed record SendReceipt(string MessageId, string PopReceipt, DateTimeOffset InsertionTime, DateTimeOffset NextVisibleOn);
