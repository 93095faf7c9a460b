using Icc.Application.Benchmarks;
using Icc.Application.Storage;
using Icc.Application.Workflow;

namespace Icc.Application.Comparison;

/// <summary>
/// Records which benchmark snapshot the submission is compared with (none, before the first
/// recomputation) and opens the review. The report later uses that same snapshot, so a published
/// report never changes when newer snapshots appear.
/// </summary>
public sealed class CompareWithBenchmarkActivity(
    ISubmissionStore submissions,
    IBenchmarkSnapshots benchmarks,
    TimeProvider time) : IWorkflowActivity<RoundRef, ComparisonSummary>
{
    /// <inheritdoc />
    public async Task<ComparisonSummary> RunAsync(RoundRef input, CancellationToken cancellationToken)
    {
        var current = await benchmarks.FindCurrentAsync(cancellationToken);
        await submissions.MoveToAsync(
            input.SubmissionId,
            SubmissionStatus.AwaitingReview,

            // Only from this round's scoring (or a first run of this activity): a retry after a reviewer
            // claimed the decision must not reopen the review and erase the decision.
            StatusMove.InRound(input.Round, SubmissionStatus.Scoring, SubmissionStatus.AwaitingReview),
            time.GetUtcNow(),
            cancellationToken,
            r => r with { BenchmarkVersion = current?.Version, Decision = null, DecisionId = null });
        return new ComparisonSummary(current?.Version);
    }
}
