using Icc.Application.Storage;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Http;

/// <summary>
/// The second half of "claim the record with its ETag, then tell the workflow": when telling fails, the
/// claim is undone so the submission does not look decided (or corrected) while the workflow still waits.
/// </summary>
public static class ClaimRollback
{
    /// <summary>
    /// Runs <paramref name="steps"/>; if they throw, writes <paramref name="before"/> back over
    /// <paramref name="claimed"/> (with the claim's ETag, so a later change is never overwritten) and rethrows.
    /// </summary>
    public static async Task RunAsync(
        ISubmissionStore submissions, SubmissionRecord before, SubmissionRecord claimed, ILogger logger, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Submission {SubmissionId}: the workflow was not told; undoing the claim", claimed.SubmissionId);
            try
            {
                // Not the request's token: a caller hanging up must not leave the claim half undone.
                await submissions.UpdateAsync(before with { ETag = claimed.ETag }, CancellationToken.None);
            }
            catch (Exception rollback)
            {
                logger.LogError(
                    rollback,
                    "Submission {SubmissionId} stays {Status} although the workflow was not told; it needs a manual fix",
                    claimed.SubmissionId,
                    claimed.Status);
            }

            throw;
        }
    }
}
