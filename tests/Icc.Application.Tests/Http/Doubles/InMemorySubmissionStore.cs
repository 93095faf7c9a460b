using Icc.Application.Storage;
using Icc.Application.Workflow;

namespace Icc.Application.Tests.Http.Doubles;

/// <summary>The submissions table in memory, with the table's ETag semantics: a stale update throws.</summary>
internal sealed class InMemorySubmissionStore : ISubmissionStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SubmissionRecord> records = new(StringComparer.Ordinal);
    private long version;

    /// <summary>Successful updates so far: tests check that a refused request changed nothing.</summary>
    public int Updates { get; private set; }

    /// <summary>Stores a record as it is (with a fresh ETag), replacing any other: test arrangement only.</summary>
    public SubmissionRecord Seed(SubmissionRecord record)
    {
        lock (this.gate)
        {
            var stored = record with { ETag = this.NextETag() };
            this.records[record.SubmissionId] = stored;
            return stored;
        }
    }

    /// <summary>The stored record, or null.</summary>
    public SubmissionRecord? Get(string submissionId)
    {
        lock (this.gate)
        {
            return this.records.GetValueOrDefault(submissionId);
        }
    }

    public async Task<SubmissionRecord?> FindAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        // Yield so concurrent requests interleave as they would against a remote table.
        await Task.Yield();
        StorageNames.CheckSubmissionId(submissionId);
        return this.Get(submissionId);
    }

    public async Task<bool> TryCreateAsync(SubmissionRecord record, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        StorageNames.CheckSubmissionId(record.SubmissionId);
        StorageNames.CheckCityId(record.CityId);
        lock (this.gate)
        {
            if (this.records.ContainsKey(record.SubmissionId))
            {
                return false;
            }

            this.records[record.SubmissionId] = record with { ETag = this.NextETag() };
            return true;
        }
    }

    public async Task<SubmissionRecord> UpdateAsync(SubmissionRecord record, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        lock (this.gate)
        {
            if (!this.records.TryGetValue(record.SubmissionId, out var stored) || stored.ETag != record.ETag)
            {
                throw new ConcurrencyConflictException($"Submission {record.SubmissionId} changed since {record.ETag}.");
            }

            var updated = record with { ETag = this.NextETag() };
            this.records[record.SubmissionId] = updated;
            this.Updates++;
            return updated;
        }
    }

    public async Task<IReadOnlyList<SubmissionRecord>> ListByCityAsync(string cityId, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        StorageNames.CheckCityId(cityId);
        lock (this.gate)
        {
            return this.records.Values.Where(r => r.CityId == cityId).OrderByDescending(r => r.CreatedAt).ToList();
        }
    }

    public async Task<IReadOnlyList<SubmissionRecord>> ListByStatusAsync(SubmissionStatus status, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        lock (this.gate)
        {
            return this.records.Values.Where(r => r.Status == status).OrderBy(r => r.UpdatedAt).ToList();
        }
    }

    private string NextETag() => $"W/\"{++this.version}\"";
}
