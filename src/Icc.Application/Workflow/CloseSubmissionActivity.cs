using Icc.Application.Storage;

namespace Icc.Application.Workflow;

/// <summary>
/// Moves a submission to a final status with the reason, only from the status and round the workflow
/// expects (<see cref="CloseInput.From"/>): a record a reviewer or the city claimed meanwhile is left as it
/// is, and the status returned tells the workflow so. A submission already final is never changed.
/// </summary>
public sealed class CloseSubmissionActivity(ISubmissionStore submissions, TimeProvider time) : IWorkflowActivity<CloseInput, SubmissionStatus>
{
    /// <inheritdoc />
    public async Task<SubmissionStatus> RunAsync(CloseInput input, CancellationToken cancellationToken)
    {
        var expected = input.From is { } from && input.Round is { } round
            ? StatusMove.InRound(round, from)
            : StatusMove.FromAnyOpenStatus;
        var record = await submissions.MoveToAsync(
            input.SubmissionId,
            input.Status,
            expected,
            time.GetUtcNow(),
            cancellationToken,
            r => r with { CloseReason = input.Reason });
        return record.Status;
    }
}
