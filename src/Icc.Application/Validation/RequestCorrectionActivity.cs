using Icc.Application.Storage;
using Icc.Application.Workflow;

namespace Icc.Application.Validation;

/// <summary>
/// Sends an invalid corrected file back to the city: moves its round from Validating to ChangesRequested,
/// so the city sees the round's validation errors in the status document and can upload the next file.
/// </summary>
public sealed class RequestCorrectionActivity(ISubmissionStore submissions, TimeProvider time) : IWorkflowActivity<RoundRef, SubmissionStatus>
{
    /// <inheritdoc />
    public async Task<SubmissionStatus> RunAsync(RoundRef input, CancellationToken cancellationToken)
    {
        var record = await submissions.MoveToAsync(
            input.SubmissionId,
            SubmissionStatus.ChangesRequested,
            StatusMove.InRound(input.Round, SubmissionStatus.Validating, SubmissionStatus.ChangesRequested),
            time.GetUtcNow(),
            cancellationToken);
        return record.Status;
    }
}
