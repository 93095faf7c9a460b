using Icc.Application.Storage;

namespace Icc.Application.Workflow;

/// <summary>Moves a submission to a final status with the reason; a submission already final is left as it is.</summary>
public sealed class CloseSubmissionActivity(ISubmissionStore submissions, TimeProvider time) : IWorkflowActivity<CloseInput, SubmissionStatus>
{
    /// <inheritdoc />
    public async Task<SubmissionStatus> RunAsync(CloseInput input, CancellationToken cancellationToken)
    {
        var record = await submissions.MoveToAsync(
            input.SubmissionId,
            input.Status,
            time.GetUtcNow(),
            cancellationToken,
            r => r with { CloseReason = input.Reason });
        return record.Status;
    }
}
