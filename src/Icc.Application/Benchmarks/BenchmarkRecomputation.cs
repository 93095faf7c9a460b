using Microsoft.DurableTask;

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

    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 4,
        firstRetryInterval: TimeSpan.FromSeconds(2),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromMinutes(1)));

    /// <summary>The orchestrator body shared by both hosts.</summary>
    public static async Task<BenchmarkSummary> RunAsync(TaskOrchestrationContext context)
    {
        var time = context.CurrentUtcDateTime;
        var version = BenchmarkVersions.At(time);
        var summary = await context.CallActivityAsync<BenchmarkSummary>(Compute, new ComputeInput(version, new DateTimeOffset(time, TimeSpan.Zero)), Retry);
        await context.CallActivityAsync<string>(Promote, version, Retry);
        return summary;
    }
}
