using Icc.Application.Storage;

namespace Icc.Application.Tests.Http.Doubles;

/// <summary>The review log in memory: append-only, one entry per entry id.</summary>
internal sealed class InMemoryReviewLog : IReviewLog
{
    private readonly Lock gate = new();
    private readonly List<ReviewLogEntry> entries = [];

    public Task<bool> AppendAsync(ReviewLogEntry entry, CancellationToken cancellationToken = default)
    {
        StorageNames.CheckSubmissionId(entry.SubmissionId);
        lock (this.gate)
        {
            if (this.entries.Any(e => e.SubmissionId == entry.SubmissionId && e.EntryId == entry.EntryId))
            {
                return Task.FromResult(false);
            }

            this.entries.Add(entry);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<ReviewLogEntry>> ListAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        lock (this.gate)
        {
            return Task.FromResult<IReadOnlyList<ReviewLogEntry>>(
                this.entries.Where(e => e.SubmissionId == submissionId).OrderBy(e => e.At).ToList());
        }
    }
}
