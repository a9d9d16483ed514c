namespace Intake.Functions.Storage;

/// <summary>One page of a query; <see cref="Continuation"/> is null on the last page. A page may be empty yet not last.</summary>
public sealed record TableQueryPage(IReadOnlyList<TableEntity> Entities, TableContinuationToken? Continuation);
