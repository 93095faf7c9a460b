using Icc.Domain.Answers;
using Icc.Domain.Scoring;

namespace Icc.Application.Storage;

/// <summary>A scorecard as stored, with what the benchmarks need to place the city in its bands.</summary>
/// <param name="SubmissionId">The submission scored.</param>
/// <param name="CityId">The city.</param>
/// <param name="Round">The round whose answers were scored.</param>
/// <param name="City">The profile of that round.</param>
/// <param name="Scorecard">Every rate and the points behind them.</param>
/// <param name="Published">True once the submission is published (it then counts in benchmarks).</param>
/// <param name="ScoredAt">When it was scored.</param>
public sealed record StoredScorecard(
    string SubmissionId,
    string CityId,
    int Round,
    CityProfile City,
    Scorecard Scorecard,
    bool Published,
    DateTimeOffset ScoredAt);

/// <summary>The scorecards table: one entity per submission with every area rate.</summary>
public interface IScorecardStore
{
    /// <summary>Stores (or replaces) a submission's scorecard.</summary>
    Task SaveAsync(StoredScorecard scorecard, CancellationToken cancellationToken = default);

    /// <summary>The submission's scorecard, or null.</summary>
    Task<StoredScorecard?> FindAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Marks the scorecard published (idempotent).</summary>
    Task MarkPublishedAsync(string submissionId, CancellationToken cancellationToken = default);
}
