using Icc.Application.Workflow;
using Icc.Domain.Benchmarking;
using Microsoft.Extensions.Options;

namespace Icc.Application.Benchmarks;

/// <summary>
/// Reads every published result page by page, computes the snapshot and writes it as a new version
/// (not yet current). Writing the same version again on a retry gives the same content.
/// </summary>
public sealed class ComputeBenchmarkActivity(IPublishedResults published, IBenchmarkSnapshots snapshots, IOptions<BenchmarkOptions> options)
    : IWorkflowActivity<ComputeInput, BenchmarkSummary>
{
    /// <inheritdoc />
    public Task<BenchmarkSummary> RunAsync(ComputeInput input, CancellationToken cancellationToken) =>
        WorkflowMetrics.TimeAsync(WorkflowMetrics.BenchmarkComputeDuration, () => this.ComputeAsync(input, cancellationToken));

    private async Task<BenchmarkSummary> ComputeAsync(ComputeInput input, CancellationToken cancellationToken)
    {
        var entries = new List<BenchmarkEntry>();
        await foreach (var page in published.ReadPagesAsync(options.Value.PageSize, cancellationToken))
        {
            entries.AddRange(page.Select(p => p.Entry));
        }

        var snapshot = BenchmarkCalculator.Compute(entries, input.Version, input.ComputedAt, options.Value.MinimumGroupSize);
        await snapshots.SaveAsync(new StoredBenchmark(snapshot, entries), cancellationToken);
        return new BenchmarkSummary(input.Version, snapshot.Cities, input.ComputedAt);
    }
}
