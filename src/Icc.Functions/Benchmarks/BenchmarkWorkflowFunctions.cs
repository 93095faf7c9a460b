using Icc.Application.Benchmarks;
using Icc.Application.Workflow;
using Icc.Functions.Workflow;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Icc.Functions.Benchmarks;

/// <summary>The recomputation's orchestrator and activity triggers; the logic lives in <see cref="BenchmarkRecomputation"/>.</summary>
public sealed class BenchmarkWorkflowFunctions(ComputeBenchmarkActivity compute, PromoteBenchmarkActivity promote)
{
    /// <summary>Runs the shared orchestrator body.</summary>
    [Function(BenchmarkRecomputation.Name)]
    public static Task<BenchmarkSummary> Orchestrate([OrchestrationTrigger] TaskOrchestrationContext context) =>
        BenchmarkRecomputation.RunAsync(context);

    /// <summary>Computes and writes a new snapshot version.</summary>
    [Function(BenchmarkRecomputation.Compute)]
    public Task<BenchmarkSummary> Compute([ActivityTrigger] ComputeInput input, FunctionContext context) =>
        compute.InvokeAsync(input, context);

    /// <summary>Makes the new version current.</summary>
    [Function(BenchmarkRecomputation.Promote)]
    public Task<string> Promote([ActivityTrigger] string input, FunctionContext context) =>
        promote.InvokeAsync(input, context);
}
