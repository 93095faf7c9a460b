using System.Collections.Concurrent;
using Icc.Application.Storage;

namespace Icc.Application.Tests.Http.Doubles;

/// <summary>The scorecards table in memory.</summary>
internal sealed class InMemoryScorecardStore : IScorecardStore
{
    private readonly ConcurrentDictionary<string, StoredScorecard> scorecards = new(StringComparer.Ordinal);

    public Task SaveAsync(StoredScorecard scorecard, CancellationToken cancellationToken = default)
    {
        this.scorecards[StorageNames.CheckSubmissionId(scorecard.SubmissionId)] = scorecard;
        return Task.CompletedTask;
    }

    public Task<StoredScorecard?> FindAsync(string submissionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(this.scorecards.GetValueOrDefault(StorageNames.CheckSubmissionId(submissionId)));

    public Task MarkPublishedAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        this.scorecards.AddOrUpdate(submissionId, _ => throw new KeyNotFoundException(submissionId), (_, s) => s with { Published = true });
        return Task.CompletedTask;
    }
}
