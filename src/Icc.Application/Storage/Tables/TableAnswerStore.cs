using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Icc.Domain.Answers;
using Icc.Domain.Json;

namespace Icc.Application.Storage.Tables;

/// <summary>
/// The answers table: one entity per answer (PK = submission id, RK = "r{round}-{question id}") and one
/// profile entity per round, written with upserts in transactions, so a retried activity rewrites the
/// same rows instead of adding new ones.
/// </summary>
public sealed class TableAnswerStore(TableServiceClient service, TableNames names) : IAnswerStore
{
    private const string ProfileSuffix = "profile";

    private TableClient Table => service.GetTableClient(names.Answers);

    /// <inheritdoc />
    public async Task SaveAsync(string submissionId, int round, AnswerSheet sheet, CancellationToken cancellationToken = default)
    {
        StorageNames.CheckSubmissionId(submissionId);
        var entities = sheet.Answers.Select((a, i) => AnswerEntity(submissionId, round, a, i))
            .Append(ProfileEntity(submissionId, round, sheet));
        foreach (var batch in TableLimits.Batches(entities))
        {
            await this.Table.SubmitTransactionAsync(
                batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)),
                cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<AnswerSheet?> LoadAsync(string submissionId, int round, CancellationToken cancellationToken = default)
    {
        if (!StorageNames.IsSubmissionId(submissionId))
        {
            return null;
        }

        var prefix = RowPrefix(round);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {submissionId} and RowKey ge {prefix} and RowKey lt {prefix + "~"}");
        TableEntity? profile = null;
        var answers = new List<(int Order, Answer Answer)>();
        await foreach (var entity in this.Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == prefix + ProfileSuffix)
            {
                profile = entity;
            }
            else
            {
                answers.Add((entity.GetInt32("Order") ?? 0, ToAnswer(entity)));
            }
        }

        if (profile is null)
        {
            return null;
        }

        var city = JsonSerializer.Deserialize<CityProfile>(profile.GetString("City"), IccJson.Options)!;
        return new AnswerSheet(profile.GetString("QuestionnaireId"), city, answers.OrderBy(a => a.Order).Select(a => a.Answer).ToList());
    }

    private static string RowPrefix(int round) => $"r{round:D2}-";

    private static TableEntity AnswerEntity(string submissionId, int round, Answer answer, int order) =>
        new(submissionId, RowPrefix(round) + answer.QuestionId)
        {
            ["Round"] = round,
            ["Order"] = order,
            ["QuestionId"] = answer.QuestionId,
            ["Options"] = answer.Options.Count == 0 ? null : string.Join('|', answer.Options),
            ["Number"] = answer.Number?.ToString(CultureInfo.InvariantCulture),
            ["Text"] = answer.Text,
            ["Evidence"] = answer.Evidence,
        };

    private static TableEntity ProfileEntity(string submissionId, int round, AnswerSheet sheet) =>
        new(submissionId, RowPrefix(round) + ProfileSuffix)
        {
            ["Round"] = round,
            ["QuestionnaireId"] = sheet.QuestionnaireId,
            ["City"] = JsonSerializer.Serialize(sheet.City, IccJson.Options),
        };

    private static Answer ToAnswer(TableEntity e) => new(
        e.GetString("QuestionId"),
        e.GetString("Options")?.Split('|') ?? [],
        e.GetString("Number") is string n ? decimal.Parse(n, CultureInfo.InvariantCulture) : null,
        e.GetString("Text"),
        e.GetString("Evidence"));
}
