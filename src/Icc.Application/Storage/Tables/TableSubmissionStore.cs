using Azure;
using Azure.Data.Tables;
using Icc.Application.Workflow;

namespace Icc.Application.Storage.Tables;

/// <summary>
/// The submissions table. Listing by city or status scans with a filter: at the programme's scale
/// (a few hundred cities, a few submissions each per cycle) that is cheaper than keeping index tables in step.
/// </summary>
public sealed class TableSubmissionStore(TableServiceClient service, TableNames names) : ISubmissionStore
{
    private TableClient Table => service.GetTableClient(names.Submissions);

    /// <inheritdoc />
    public async Task<SubmissionRecord?> FindAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        if (!StorageNames.IsSubmissionId(submissionId))
        {
            return null;
        }

        var response = await this.Table.GetEntityIfExistsAsync<TableEntity>(submissionId, SubmissionEntity.Row, cancellationToken: cancellationToken);
        return response.HasValue ? SubmissionEntity.To(response.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<bool> TryCreateAsync(SubmissionRecord record, CancellationToken cancellationToken = default)
    {
        Check(record);
        try
        {
            await this.Table.AddEntityAsync(SubmissionEntity.From(record), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (TableErrors.IsConflict(ex))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<SubmissionRecord> UpdateAsync(SubmissionRecord record, CancellationToken cancellationToken = default)
    {
        Check(record);
        if (record.ETag is null)
        {
            throw new ArgumentException("An update needs the ETag the record was read at.", nameof(record));
        }

        try
        {
            var response = await this.Table.UpdateEntityAsync(SubmissionEntity.From(record), new ETag(record.ETag), TableUpdateMode.Replace, cancellationToken);
            return record with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (TableErrors.IsPreconditionFailed(ex) || TableErrors.IsNotFound(ex))
        {
            throw new ConcurrencyConflictException($"Submission {record.SubmissionId} changed since it was read.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubmissionRecord>> ListByCityAsync(string cityId, CancellationToken cancellationToken = default)
    {
        StorageNames.CheckCityId(cityId);
        var list = await this.QueryAsync(TableClient.CreateQueryFilter($"CityId eq {cityId}"), cancellationToken);
        return list.OrderByDescending(r => r.CreatedAt).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubmissionRecord>> ListByStatusAsync(SubmissionStatus status, CancellationToken cancellationToken = default)
    {
        var list = await this.QueryAsync(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"), cancellationToken);
        return list.OrderBy(r => r.UpdatedAt).ToList();
    }

    private async Task<List<SubmissionRecord>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<SubmissionRecord>();
        await foreach (var entity in this.Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(SubmissionEntity.To(entity));
        }

        return list;
    }

    private static void Check(SubmissionRecord record)
    {
        StorageNames.CheckSubmissionId(record.SubmissionId);
        StorageNames.CheckCityId(record.CityId);
    }
}
