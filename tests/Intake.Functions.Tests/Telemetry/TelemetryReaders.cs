namespace Intake.Functions.Tests.Telemetry;

/// <summary>
/// Activity sources and meters are process-wide: every app in the test process would see every other app's spans and
/// counts. The tests that read them run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(nameof(TelemetryReaders), DisableParallelization = true)]
public sealed class TelemetryReaders;
