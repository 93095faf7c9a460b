namespace Icc.Application.Tests.Telemetry;

/// <summary>
/// Tests that listen to the process-wide Icc.Workflow source and meter. They run alone, after the parallel
/// tests: submission ids derive from the city and the bytes, so a parallel test uploading the same sample
/// would add its spans and counts to theirs.
/// </summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;
