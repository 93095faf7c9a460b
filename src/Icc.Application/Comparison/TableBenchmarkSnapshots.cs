using Azure;
using Azure.Data.Tables;

namespace Icc.Application.Comparison;

/// <summary>
/// Benchmark snapshot headers in the <c>benchmarks</c> table: one row per version (partition "snapshot")
/// and one pointer row naming the current version (partition "pointer", row "current"). Readers follow
/// the pointer, which a recomputation moves only once its snapshot is completely written.
/// </summary>
public sealed class TableBenchmarkSnapshots(TableServiceClient tables, string tablePrefix = "") : IBenchmarkSnapshots
{
    /// <summary>The table name without prefix.</summary>
    public const string TableName = "benchmarks";

    private const string SnapshotPartition = "snapshot";
    private const string PointerPartition = "pointer";
    private const string CurrentRow = "current";

    private TableClient Table => tables.GetTableClient(tablePrefix + TableName);

    /// <inheritdoc />
    public async Task<BenchmarkPointer?> FindCurrentAsync(CancellationToken cancellationToken = default)
    {
        var pointer = await this.GetAsync(PointerPartition, CurrentRow, cancellationToken);
        return pointer?.GetString("Version") is string version ? await this.FindAsync(version, cancellationToken) : null;
    }

    /// <inheritdoc />
    public async Task<BenchmarkPointer?> FindAsync(string version, CancellationToken cancellationToken = default)
    {
        var row = await this.GetAsync(SnapshotPartition, version, cancellationToken);
        return row is null
            ? null
            : new BenchmarkPointer(version, row.GetInt32("Cities") ?? 0, row.GetDateTimeOffset("ComputedAt") ?? DateTimeOffset.UnixEpoch);
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
