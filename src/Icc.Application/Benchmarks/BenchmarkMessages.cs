namespace Icc.Application.Benchmarks;

/// <summary>Why a recomputation runs.</summary>
/// <param name="RequestedBy">"schedule" or the API key name of the administrator who asked.</param>
public sealed record RecomputeInput(string RequestedBy);

/// <summary>Input of the compute activity.</summary>
/// <param name="Version">The version to write.</param>
/// <param name="ComputedAt">The recomputation's time (from the orchestration, so replays agree).</param>
public sealed record ComputeInput(string Version, DateTimeOffset ComputedAt);

/// <summary>What a recomputation produced.</summary>
/// <param name="Version">The new current version.</param>
/// <param name="Cities">Cities in the whole sample.</param>
/// <param name="ComputedAt">When.</param>
public sealed record BenchmarkSummary(string Version, int Cities, DateTimeOffset ComputedAt);
