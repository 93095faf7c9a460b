namespace Icc.Application.Comparison;

/// <summary>Points at the benchmark snapshot submissions are currently compared with.</summary>
/// <param name="Version">The snapshot version.</param>
/// <param name="Cities">Number of cities in the whole sample.</param>
/// <param name="ComputedAt">When it was computed.</param>
public sealed record BenchmarkPointer(string Version, int Cities, DateTimeOffset ComputedAt);

/// <summary>Where the current benchmark snapshot is found.</summary>
public interface IBenchmarkSnapshots
{
    /// <summary>The current snapshot, or null when no benchmark has been computed yet.</summary>
    Task<BenchmarkPointer?> FindCurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>A snapshot by version (older versions are kept), or null.</summary>
    Task<BenchmarkPointer?> FindAsync(string version, CancellationToken cancellationToken = default);
}
