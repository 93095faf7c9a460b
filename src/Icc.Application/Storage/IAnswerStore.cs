using Icc.Domain.Answers;

namespace Icc.Application.Storage;

/// <summary>The answers table: one entity per answer, partitioned by submission, one row set per round.</summary>
public interface IAnswerStore
{
    /// <summary>
    /// Stores a round's answers and profile, replacing what a previous attempt of the same round wrote
    /// (activities run at least once). Written in batch transactions within Azure's limits.
    /// </summary>
    Task SaveAsync(string submissionId, int round, AnswerSheet sheet, CancellationToken cancellationToken = default);

    /// <summary>A round's answer sheet, or null when the round has none stored.</summary>
    Task<AnswerSheet?> LoadAsync(string submissionId, int round, CancellationToken cancellationToken = default);
}
