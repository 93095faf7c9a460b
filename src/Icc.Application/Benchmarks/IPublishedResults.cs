using Icc.Domain.Benchmarking;

namespace Icc.Application.Benchmarks;

/// <summary>A city's latest published result, as the benchmark reads it.</summary>
/// <param name="Entry">The city's bands and figures.</param>
/// <param name="SubmissionId">The submission that published it; null for the embedded default sample.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record PublishedResult(BenchmarkEntry Entry, string? SubmissionId, DateTimeOffset PublishedAt);

/// <summary>
/// The published results the benchmark is recomputed from: one per city, a newer publication replacing
/// the city's earlier one.
/// </summary>
public interface IPublishedResults
{
    /// <summary>Adds or replaces the city's published result.</summary>
    Task PublishAsync(PublishedResult result, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces many results (batched).</summary>
    Task PublishAllAsync(IReadOnlyList<PublishedResult> results, CancellationToken cancellationToken = default);

    /// <summary>Every published result, a page at a time.</summary>
    IAsyncEnumerable<IReadOnlyList<PublishedResult>> ReadPagesAsync(int pageSize, CancellationToken cancellationToken = default);

    /// <summary>True when nothing has been published yet.</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);
}
