using Icc.Application.Workflow;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Benchmarks;

/// <summary>
/// The recomputation orchestration: compute a new snapshot from every published result and write it as a
/// new version, then make it current. It always runs under <see cref="InstanceId"/>, so at most one runs.
/// </summary>
public static class BenchmarkRecomputation
{
    /// <summary>The orchestration name.</summary>
    public const string Name = "BenchmarkRecomputation";

    /// <summary>The one instance id every recomputation uses.</summary>
    public const string InstanceId = "benchmark-recompute";

    /// <summary>The compute activity.</summary>
    public const string Compute = "ComputeBenchmark";

    /// <summary>The promote activity.</summary>
    public const string Promote = "PromoteBenchmark";

    private static TaskOptions Retry => ActivityRetry.Default;

    /// <summary>The orchestrator body shared by both hosts.</summary>
    public static async Task<BenchmarkSummary> RunAsync(TaskOrchestrationContext context)
    {
        // Replay-safe: each line is written once, not again on every replay of the orchestrator.
        var logger = context.CreateReplaySafeLogger(nameof(BenchmarkRecomputation));
        var requestedBy = context.GetInput<RecomputeInput>()?.RequestedBy;
        var time = context.CurrentUtcDateTime;
        var version = BenchmarkVersions.At(time);
        logger.LogInformation("Benchmark {Version}: computing (requested by {RequestedBy})", version, requestedBy);
        var summary = await context.CallActivityAsync<BenchmarkSummary>(Compute, new ComputeInput(version, new DateTimeOffset(time, TimeSpan.Zero)), Retry);
        logger.LogInformation("Benchmark {Version}: computed from {Cities} cities, promoting", version, summary.Cities);
        await context.CallActivityAsync<string>(Promote, version, Retry);
        logger.LogInformation("Benchmark {Version}: current", version);
        return summary;
    }
}
