using Icc.Application.Workflow;

namespace Icc.Application.Storage;

/// <summary>The submissions table.</summary>
public interface ISubmissionStore
{
    /// <summary>The submission, or null.</summary>
    Task<SubmissionRecord?> FindAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new submission; false (and nothing written) when one with that id exists.</summary>
    Task<bool> TryCreateAsync(SubmissionRecord record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored submission if it is still at <see cref="SubmissionRecord.ETag"/>; returns it
    /// with its new ETag. Throws <see cref="ConcurrencyConflictException"/> when someone else changed it.
    /// </summary>
    Task<SubmissionRecord> UpdateAsync(SubmissionRecord record, CancellationToken cancellationToken = default);

    /// <summary>A city's submissions, newest first.</summary>
    Task<IReadOnlyList<SubmissionRecord>> ListByCityAsync(string cityId, CancellationToken cancellationToken = default);

    /// <summary>Submissions in a status, oldest first (the review queue).</summary>
    Task<IReadOnlyList<SubmissionRecord>> ListByStatusAsync(SubmissionStatus status, CancellationToken cancellationToken = default);
}
