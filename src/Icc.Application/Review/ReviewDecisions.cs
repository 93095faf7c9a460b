using Icc.Application.Storage;
using Icc.Application.Workflow;
using Microsoft.DurableTask.Client;

namespace Icc.Application.Review;

/// <summary>How a decision attempt ended.</summary>
public enum DecisionOutcome
{
    /// <summary>Claimed, logged and handed to the workflow.</summary>
    Accepted,

    /// <summary>No such submission.</summary>
    NotFound,

    /// <summary>The submission is not awaiting review (already decided, or another reviewer won).</summary>
    NotAwaitingReview,

    /// <summary>The workflow could not be reached; the claim was rolled back and the decision can be retried.</summary>
    Unavailable,
}

/// <summary>A reviewer's decision as received.</summary>
public sealed record ReviewRequest(ReviewDecisionKind Decision, string Reviewer, string? Comment, IReadOnlyList<QuestionFlag> Questions);

/// <summary>
/// Records a reviewer's decision exactly once. The submission is claimed first with an ETag update, so of
/// two reviewers deciding at once one wins and the other is told the submission is no longer awaiting
/// review; only then is the event raised (never on an instance that is not waiting: durable-pitfalls.md, 2).
/// </summary>
public sealed class ReviewDecisions(ISubmissionStore submissions, IReviewLog log, TimeProvider time)
{
    /// <summary>Claims the decision, logs it and raises it to the workflow.</summary>
    public async Task<(DecisionOutcome Outcome, SubmissionRecord? Record)> DecideAsync(
        DurableTaskClient client, string submissionId, ReviewRequest request, CancellationToken cancellationToken)
    {
        var current = await submissions.FindAsync(submissionId, cancellationToken);
        if (current is null)
        {
            return (DecisionOutcome.NotFound, null);
        }

        if (current.Status != SubmissionStatus.AwaitingReview)
        {
            return (DecisionOutcome.NotAwaitingReview, current);
        }

        var decisionId = "decision-" + Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        SubmissionRecord claimed;
        try
        {
            claimed = await submissions.UpdateAsync(
                current.MovedTo(NextStatus(request.Decision), now) with { Decision = request.Decision, DecisionId = decisionId },
                cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return (DecisionOutcome.NotAwaitingReview, await submissions.FindAsync(submissionId, cancellationToken));
        }

        await log.AppendAsync(
            new ReviewLogEntry(submissionId, decisionId, current.Round, ReviewLogKind.Decision, request.Reviewer, now, request.Decision, request.Comment, request.Questions),
            cancellationToken);
        try
        {
            await client.RaiseEventAsync(
                submissionId,
                WorkflowNames.ReviewDecisionEvent,
                new ReviewDecisionMessage(decisionId, request.Decision, current.Round, request.Reviewer),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The workflow did not get the decision: give the review back so it can be taken again.
            await submissions.UpdateAsync(current with { ETag = claimed.ETag, UpdatedAt = time.GetUtcNow() }, CancellationToken.None);
            return (DecisionOutcome.Unavailable, current);
        }

        return (DecisionOutcome.Accepted, claimed);
    }

    private static SubmissionStatus NextStatus(ReviewDecisionKind decision) => decision switch
    {
        ReviewDecisionKind.Approve => SubmissionStatus.GeneratingReport,
        ReviewDecisionKind.RequestChanges => SubmissionStatus.ChangesRequested,
        _ => SubmissionStatus.Rejected,
    };
}
