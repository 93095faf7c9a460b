using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Icc.Application.Benchmarks;
using Icc.Application.Storage.Tables;
using Icc.Domain.Benchmarking;
using Icc.Domain.Json;

namespace Icc.Application.Storage;

/// <summary>
/// Benchmark snapshots: statistics and members as JSON blobs under <c>benchmarks/{version}/</c> (too large
/// for a table row), a header row per version in the <c>benchmarks</c> table (partition "snapshot"), and
/// the pointer row (partition "pointer", row "current"). A version is written blobs first, header last,
/// and the pointer moves only afterwards, so a reader never follows the pointer to a half-written version.
/// </summary>
public sealed class BenchmarkSnapshotStore(TableServiceClient tables, BlobServiceClient blobs, TableNames names) : IBenchmarkSnapshots
{
    private const string SnapshotPartition = "snapshot";
    private const string PointerPartition = "pointer";
    private const string CurrentRow = "current";

    private TableClient Table => tables.GetTableClient(names.Benchmarks);

    private BlobContainerClient Container => blobs.GetBlobContainerClient(names.Prefix + StorageNames.BenchmarksContainer);

    /// <inheritdoc />
    public async Task<BenchmarkPointer?> FindCurrentAsync(CancellationToken cancellationToken = default)
    {
        var pointer = await this.GetAsync(PointerPartition, CurrentRow, cancellationToken);
        return pointer?.GetString("Version") is string version ? await this.FindAsync(version, cancellationToken) : null;
    }

    /// <inheritdoc />
    public async Task<BenchmarkPointer?> FindAsync(string version, CancellationToken cancellationToken = default)
    {
        var row = BenchmarkVersions.IsVersion(version) ? await this.GetAsync(SnapshotPartition, version, cancellationToken) : null;
        return row is null
            ? null
            : new BenchmarkPointer(version, row.GetInt32("Cities") ?? 0, row.GetDateTimeOffset("ComputedAt") ?? DateTimeOffset.UnixEpoch);
    }

    /// <inheritdoc />
    public async Task<BenchmarkSnapshot?> LoadStatisticsAsync(string version, CancellationToken cancellationToken = default) =>
        await this.FindAsync(version, cancellationToken) is null
            ? null
            : await this.ReadAsync<BenchmarkSnapshot>(StorageNames.BenchmarkBlob(version, "snapshot"), cancellationToken);

    /// <inheritdoc />
    public async Task<StoredBenchmark?> LoadAsync(string version, CancellationToken cancellationToken = default)
    {
        if (await this.LoadStatisticsAsync(version, cancellationToken) is not { } snapshot)
        {
            return null;
        }

        var members = await this.ReadAsync<List<BenchmarkEntry>>(StorageNames.BenchmarkBlob(version, "members"), cancellationToken);
        return new StoredBenchmark(snapshot, members);
    }

    /// <inheritdoc />
    public async Task SaveAsync(StoredBenchmark benchmark, CancellationToken cancellationToken = default)
    {
        var snapshot = benchmark.Snapshot;
        await this.WriteAsync(StorageNames.BenchmarkBlob(snapshot.Version, "members"), benchmark.Members, cancellationToken);
        await this.WriteAsync(StorageNames.BenchmarkBlob(snapshot.Version, "snapshot"), snapshot, cancellationToken);
        var header = new TableEntity(SnapshotPartition, snapshot.Version)
        {
            ["Cities"] = snapshot.Cities,
            ["SyntheticCities"] = snapshot.SyntheticCities,
            ["ComputedAt"] = snapshot.ComputedAt,
        };
        await this.Table.UpsertEntityAsync(header, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task PromoteAsync(string version, CancellationToken cancellationToken = default)
    {
        if (await this.FindAsync(version, cancellationToken) is null)
        {
            throw new InvalidOperationException($"Benchmark version {version} is not (completely) written; the current one stays.");
        }

        await this.Table.UpsertEntityAsync(new TableEntity(PointerPartition, CurrentRow) { ["Version"] = version }, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task WriteAsync<T>(string blobName, T value, CancellationToken cancellationToken)
    {
        var content = BinaryData.FromObjectAsJson(value, IccJson.Options);
        await this.Container.GetBlobClient(blobName).UploadAsync(content, overwrite: true, cancellationToken);
    }

    private async Task<T> ReadAsync<T>(string blobName, CancellationToken cancellationToken)
    {
        var download = await this.Container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
        return download.Value.Content.ToObjectFromJson<T>(IccJson.Options)
            ?? throw new InvalidDataException($"Benchmark blob {blobName} is empty.");
    }

    private async Task<TableEntity?> GetAsync(string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            var response = await this.Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            return response.HasValue ? response.Value : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No benchmark table yet: nothing has been computed.
            return null;
        }
    }
}
