using Icc.Application.Workflow;

namespace Icc.Application.Benchmarks;

/// <summary>Makes a completely written snapshot version the current one.</summary>
public sealed class PromoteBenchmarkActivity(IBenchmarkSnapshots snapshots) : IWorkflowActivity<string, string>
{
    /// <inheritdoc />
    public async Task<string> RunAsync(string input, CancellationToken cancellationToken)
    {
        await snapshots.PromoteAsync(input, cancellationToken);
        return input;
    }
}
