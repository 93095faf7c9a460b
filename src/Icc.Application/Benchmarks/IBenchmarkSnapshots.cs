using Icc.Domain.Benchmarking;

namespace Icc.Application.Benchmarks;

/// <summary>Points at a benchmark snapshot: its version, sample size and date.</summary>
/// <param name="Version">The snapshot version.</param>
/// <param name="Cities">Number of cities in the whole sample.</param>
/// <param name="ComputedAt">When it was computed.</param>
public sealed record BenchmarkPointer(string Version, int Cities, DateTimeOffset ComputedAt);

/// <summary>A stored snapshot: its statistics and the cities it was computed from (for ranks in reports).</summary>
/// <param name="Snapshot">The statistics per comparison group.</param>
/// <param name="Members">The cities of the sample, as they stood when it was computed.</param>
public sealed record StoredBenchmark(BenchmarkSnapshot Snapshot, IReadOnlyList<BenchmarkEntry> Members);

/// <summary>
/// The benchmark snapshots. Versions are immutable once written and are all kept; readers follow a
/// pointer that moves to a new version only after that version is completely written.
/// </summary>
public interface IBenchmarkSnapshots
{
    /// <summary>The current snapshot, or null when no benchmark has been computed yet.</summary>
    Task<BenchmarkPointer?> FindCurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>A snapshot's header by version, or null.</summary>
    Task<BenchmarkPointer?> FindAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>A snapshot's statistics by version (without its members, which can be large), or null.</summary>
    Task<BenchmarkSnapshot?> LoadStatisticsAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>A snapshot with its members by version, or null.</summary>
    Task<StoredBenchmark?> LoadAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Writes a new version (members and statistics first, then its header). Does not make it current.</summary>
    Task SaveAsync(StoredBenchmark benchmark, CancellationToken cancellationToken = default);

    /// <summary>Makes a completely written version the current one.</summary>
    Task PromoteAsync(string version, CancellationToken cancellationToken = default);
}
