using Icc.Application.Storage;
using Icc.Application.Workflow;

namespace Icc.Application.Review;

/// <summary>
/// Records that reviewers were reminded of a pending review. Delivery (mail, Teams) can hang off this
/// later; the record is what the status document and the review queue show.
/// It writes only to the review log, never to the submission record, so a reminder can never collide
/// with a reviewer's decision claim.
/// </summary>
public sealed class RecordReminderActivity(IReviewLog log, TimeProvider time) : IWorkflowActivity<ReminderInput, bool>
{
    /// <inheritdoc />
    public Task<bool> RunAsync(ReminderInput input, CancellationToken cancellationToken) =>
        log.AppendAsync(
            new ReviewLogEntry(
                input.SubmissionId,
                $"reminder-r{input.Round:D2}-{input.Number:D3}",
                input.Round,
                ReviewLogKind.Reminder,
                Actor: "workflow",
                time.GetUtcNow(),
                Decision: null,
                Comment: $"Review pending since the scores were ready; reminder {input.Number}.",
                Questions: []),
            cancellationToken);
}
