using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Icc.Application.Workflow;
using Icc.Domain.Json;

namespace Icc.Application.Storage.Tables;

/// <summary>The review log table: insert-only, keyed by entry id, so a retried write records once.</summary>
public sealed class TableReviewLog(TableServiceClient service, TableNames names) : IReviewLog
{
    private TableClient Table => service.GetTableClient(names.ReviewLog);

    /// <inheritdoc />
    public async Task<bool> AppendAsync(ReviewLogEntry entry, CancellationToken cancellationToken = default)
    {
        StorageNames.CheckSubmissionId(entry.SubmissionId);
        var entity = new TableEntity(entry.SubmissionId, CheckEntryId(entry.EntryId))
        {
            ["Round"] = entry.Round,
            ["Kind"] = entry.Kind.ToString(),
            ["Actor"] = entry.Actor,
            ["At"] = entry.At,
            ["Decision"] = entry.Decision?.ToString(),
            ["Comment"] = entry.Comment,
            ["Questions"] = JsonSerializer.Serialize(entry.Questions, IccJson.Options),
        };
        TableLimits.Check(entity);
        try
        {
            await this.Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (TableErrors.IsConflict(ex))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewLogEntry>> ListAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var list = new List<ReviewLogEntry>();
        if (!StorageNames.IsSubmissionId(submissionId))
        {
            return list;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {submissionId}");
        await foreach (var e in this.Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(new ReviewLogEntry(
                submissionId,
                e.RowKey,
                e.GetInt32("Round") ?? 1,
                Enum.Parse<ReviewLogKind>(e.GetString("Kind")),
                e.GetString("Actor"),
                e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                e.GetString("Decision") is string d ? Enum.Parse<ReviewDecisionKind>(d) : null,
                e.GetString("Comment"),
                JsonSerializer.Deserialize<List<QuestionFlag>>(e.GetString("Questions") ?? "[]", IccJson.Options) ?? []));
        }

        return list.OrderBy(e => e.At).ThenBy(e => e.EntryId, StringComparer.Ordinal).ToList();
    }

    // Entry ids become row keys: only characters Azure allows and no user-typed text.
    private static string CheckEntryId(string id) =>
        id.Length is > 0 and <= 100 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? id
            : throw new ArgumentException($"'{id}' is not a valid review log entry id.", nameof(id));
}
