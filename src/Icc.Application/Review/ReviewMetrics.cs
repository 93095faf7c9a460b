using Icc.Application.Storage;
using Icc.Application.Workflow;

namespace Icc.Application.Review;

/// <summary>What an accepted review decision adds to the workflow's metrics.</summary>
internal static class ReviewMetrics
{
    /// <summary>
    /// Counts the status the decision moved the submission to and records how long it waited for the
    /// decision, from the time it entered AwaitingReview (in this round) to <paramref name="decidedAt"/>.
    /// </summary>
    public static void Record(SubmissionRecord before, SubmissionRecord claimed, ReviewDecisionKind decision, DateTimeOffset decidedAt)
    {
        WorkflowMetrics.StatusEntered(claimed.Status);
        if (before.StageTimes.TryGetValue(SubmissionStatus.AwaitingReview, out var awaitingSince))
        {
            WorkflowMetrics.ReviewWait.Record(
                Math.Max(0, (decidedAt - awaitingSince).TotalSeconds),
                new KeyValuePair<string, object?>(WorkflowMetrics.DecisionTag, decision.ToString()));
        }
    }
}
