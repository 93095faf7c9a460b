using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Icc.Application.Benchmarks;
using Icc.Domain.Benchmarking;
using Icc.Domain.Json;

namespace Icc.Application.Storage.Tables;

/// <summary>
/// Published results in the <c>published</c> table: one row per city (partition "city", row key the city
/// id), so a city's new publication replaces its earlier one and a recomputation reads each city once.
/// </summary>
public sealed class TablePublishedResults(TableServiceClient service, TableNames names) : IPublishedResults
{
    private const string Partition = "city";

    private TableClient Table => service.GetTableClient(names.Published);

    /// <inheritdoc />
    public async Task PublishAsync(PublishedResult result, CancellationToken cancellationToken = default) =>
        await this.Table.UpsertEntityAsync(ToEntity(result), TableUpdateMode.Replace, cancellationToken);

    /// <inheritdoc />
    public async Task PublishAllAsync(IReadOnlyList<PublishedResult> results, CancellationToken cancellationToken = default)
    {
        // Rows of one partition go in transactions (at most 100 rows, under 4 MiB); a city listed twice keeps its last result.
        var latest = results.GroupBy(r => r.Entry.CityId).Select(g => g.Last());
        foreach (var batch in TableLimits.Batches([.. latest.Select(ToEntity)]))
        {
            await this.Table.SubmitTransactionAsync(
                batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)),
                cancellationToken);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<IReadOnlyList<PublishedResult>> ReadPagesAsync(int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pages = this.Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, maxPerPage: pageSize, cancellationToken: cancellationToken).AsPages();
        await foreach (var page in pages)
        {
            yield return [.. page.Values.Select(FromEntity)];
        }
    }

    /// <inheritdoc />
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var page in this.Table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
        {
            return page.Values.Count == 0;
        }

        return true;
    }

    private static TableEntity ToEntity(PublishedResult result)
    {
        var entry = result.Entry;
        var entity = new TableEntity(Partition, StorageNames.CheckCityId(entry.CityId))
        {
            ["CityName"] = entry.CityName,
            ["Synthetic"] = entry.Synthetic,
            ["Population"] = entry.Population,

            // Decimal as invariant text: Azure Tables have no decimal type and a double would change the value.
            ["ForeignBornShare"] = entry.ForeignBornShare.ToString(CultureInfo.InvariantCulture),
            ["Figures"] = JsonSerializer.Serialize(entry.Figures, IccJson.Options),
            ["SubmissionId"] = result.SubmissionId,
            ["PublishedAt"] = result.PublishedAt,
        };
        TableLimits.Check(entity);
        return entity;
    }

    private static PublishedResult FromEntity(TableEntity e) => new(
        new BenchmarkEntry(
            e.RowKey,
            e.GetString("CityName") ?? e.RowKey,
            e.GetBoolean("Synthetic") ?? false,
            e.GetInt64("Population") ?? 0,
            decimal.Parse(e.GetString("ForeignBornShare") ?? "0", NumberStyles.Number, CultureInfo.InvariantCulture),
            JsonSerializer.Deserialize<Dictionary<string, decimal>>(e.GetString("Figures") ?? "{}", IccJson.Options) ?? []),
        e.GetString("SubmissionId"),
        e.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.UnixEpoch);
}
