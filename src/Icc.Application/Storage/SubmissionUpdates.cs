using Icc.Application.Workflow;

namespace Icc.Application.Storage;

/// <summary>Read-modify-write of a submission record that survives concurrent writers.</summary>
public static class SubmissionUpdates
{
    private const int Attempts = 5;

    /// <summary>
    /// Reads the record, applies the change and writes it back with the ETag read; on a conflict, reads
    /// again and re-applies, so an activity's change is never lost and never overwrites a newer one blindly.
    /// The change returns null when the record needs no change (for example, a retried activity).
    /// </summary>
    public static async Task<SubmissionRecord> ApplyAsync(
        this ISubmissionStore store,
        string submissionId,
        Func<SubmissionRecord, SubmissionRecord?> change,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.FindAsync(submissionId, cancellationToken)
                ?? throw new InvalidOperationException($"Submission {submissionId} does not exist.");
            var changed = change(current);
            if (changed is null)
            {
                return current;
            }

            try
            {
                return await store.UpdateAsync(changed with { ETag = current.ETag }, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Someone else wrote in between: read their version and apply the change again.
            }
        }
    }

    /// <summary>
    /// Moves the submission to a status when it is where <paramref name="expected"/> says (right round, one of
    /// the expected statuses, never a final one), checked and written under one ETag, so a move can never
    /// overwrite a reviewer's or a city's claim made in between. Returns the record as stored: moved, or left
    /// as found. Counts the transition when the status written differs from the one read (a retried
    /// activity that moves to the status it already set is not a transition).
    /// </summary>
    public static async Task<SubmissionRecord> MoveToAsync(
        this ISubmissionStore store,
        string submissionId,
        SubmissionStatus status,
        StatusMove expected,
        DateTimeOffset at,
        CancellationToken cancellationToken,
        Func<SubmissionRecord, SubmissionRecord>? alsoChange = null)
    {
        SubmissionStatus? from = null;
        var moved = await store.ApplyAsync(
            submissionId,
            current =>
            {
                // Reset on every attempt: only the attempt that is written counts.
                from = expected.Allows(current) ? current.Status : null;
                return from is null ? null : (alsoChange ?? (r => r))(current.MovedTo(status, at));
            },
            cancellationToken);
        if (from is { } previous && previous != status)
        {
            WorkflowMetrics.StatusEntered(status);
        }

        return moved;
    }
}
