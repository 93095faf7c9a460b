using Icc.Application.Benchmarks;
using Icc.Domain.Benchmarking;

namespace Icc.Application.Tests.Http.Doubles;

/// <summary>Benchmark snapshots in memory, for handler tests without storage.</summary>
public sealed class InMemoryBenchmarkSnapshots : IBenchmarkSnapshots
{
    private readonly Dictionary<string, StoredBenchmark> versions = [];
    private string? current;

    public Task<BenchmarkPointer?> FindCurrentAsync(CancellationToken cancellationToken = default) =>
        this.current is null ? Task.FromResult<BenchmarkPointer?>(null) : this.FindAsync(this.current, cancellationToken);

    public Task<BenchmarkPointer?> FindAsync(string version, CancellationToken cancellationToken = default) =>
        Task.FromResult(this.versions.TryGetValue(version, out var stored)
            ? new BenchmarkPointer(version, stored.Snapshot.Cities, stored.Snapshot.ComputedAt)
            : null);

    public Task<BenchmarkSnapshot?> LoadStatisticsAsync(string version, CancellationToken cancellationToken = default) =>
        Task.FromResult(this.versions.GetValueOrDefault(version)?.Snapshot);

    public Task<StoredBenchmark?> LoadAsync(string version, CancellationToken cancellationToken = default) =>
        Task.FromResult(this.versions.GetValueOrDefault(version));

    public Task SaveAsync(StoredBenchmark benchmark, CancellationToken cancellationToken = default)
    {
        this.versions[benchmark.Snapshot.Version] = benchmark;
        return Task.CompletedTask;
    }

    public Task PromoteAsync(string version, CancellationToken cancellationToken = default)
    {
        this.current = this.versions.ContainsKey(version) ? version : throw new InvalidOperationException($"No version {version}.");
        return Task.CompletedTask;
    }
}
