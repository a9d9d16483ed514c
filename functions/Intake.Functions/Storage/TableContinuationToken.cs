namespace Intake.Functions.Storage;

/// <summary>Where the next query page starts, as returned by the service in x-ms-continuation-* headers.</summary>
public sealed record TableContinuationToken(string NextPartitionKey, string? NextRowKey);
