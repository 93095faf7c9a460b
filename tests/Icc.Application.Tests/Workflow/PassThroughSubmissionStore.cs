using Icc.Application.Storage;
using Icc.Application.Workflow;

namespace Icc.Application.Tests.Workflow;

/// <summary>A submission store that forwards every call; the test gates override the one call they hold.</summary>
internal abstract class PassThroughSubmissionStore(ISubmissionStore inner) : ISubmissionStore
{
    public virtual Task<SubmissionRecord?> FindAsync(string submissionId, CancellationToken cancellationToken = default) =>
        inner.FindAsync(submissionId, cancellationToken);

    public Task<bool> TryCreateAsync(SubmissionRecord record, CancellationToken cancellationToken = default) =>
        inner.TryCreateAsync(record, cancellationToken);

    public virtual Task<SubmissionRecord> UpdateAsync(SubmissionRecord record, CancellationToken cancellationToken = default) =>
        inner.UpdateAsync(record, cancellationToken);

    public Task<IReadOnlyList<SubmissionRecord>> ListByCityAsync(string cityId, CancellationToken cancellationToken = default) =>
        inner.ListByCityAsync(cityId, cancellationToken);

    public Task<IReadOnlyList<SubmissionRecord>> ListByStatusAsync(SubmissionStatus status, CancellationToken cancellationToken = default) =>
        inner.ListByStatusAsync(status, cancellationToken);
}
