using System.Text.Json;
using Azure.Data.Tables;
using Icc.Domain.Answers;
using Icc.Domain.Json;
using Icc.Domain.Scoring;

namespace Icc.Application.Storage.Tables;

/// <summary>
/// The scorecards table: one entity per submission (RK "scorecard") with every area rate as its own
/// property, so the benchmark recomputation can read rates without parsing documents, plus the full
/// scorecard and profile as JSON for the status document and the report.
/// </summary>
public sealed class TableScorecardStore(TableServiceClient service, TableNames names) : IScorecardStore
{
    private const string Row = "scorecard";

    private TableClient Table => service.GetTableClient(names.Scorecards);

    /// <summary>The property holding an area's rate in one index, e.g. Rate_public_services.</summary>
    public static string RateProperty(string areaId, bool extended) => (extended ? "ExtRate_" : "Rate_") + areaId.Replace('-', '_');

    /// <inheritdoc />
    public async Task SaveAsync(StoredScorecard scorecard, CancellationToken cancellationToken = default)
    {
        StorageNames.CheckSubmissionId(scorecard.SubmissionId);
        var card = scorecard.Scorecard;
        var entity = new TableEntity(scorecard.SubmissionId, Row)
        {
            ["CityId"] = StorageNames.CheckCityId(scorecard.CityId),
            ["Round"] = scorecard.Round,
            ["Published"] = scorecard.Published,
            ["ScoredAt"] = scorecard.ScoredAt,
            ["QuestionnaireId"] = card.QuestionnaireId,
            ["Index"] = card.Index,
            ["ExtendedIndex"] = card.ExtendedIndex,
            ["Lens"] = card.Lens,
            ["ExtendedLens"] = card.ExtendedLens,
            ["Population"] = scorecard.City.Population,
            ["ForeignBornShare"] = (double)scorecard.City.ForeignBornShare,
            ["Scorecard"] = JsonSerializer.Serialize(card, IccJson.Options),
            ["City"] = JsonSerializer.Serialize(scorecard.City, IccJson.Options),
        };
        foreach (var area in card.Areas)
        {
            entity[RateProperty(area.Id, extended: false)] = area.Rate;
            entity[RateProperty(area.Id, extended: true)] = area.ExtendedRate;
        }

        TableLimits.Check(entity);
        await this.Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredScorecard?> FindAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        if (!StorageNames.IsSubmissionId(submissionId))
        {
            return null;
        }

        var response = await this.Table.GetEntityIfExistsAsync<TableEntity>(submissionId, Row, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var e = response.Value!;
        return new StoredScorecard(
            submissionId,
            e.GetString("CityId"),
            e.GetInt32("Round") ?? 1,
            JsonSerializer.Deserialize<CityProfile>(e.GetString("City"), IccJson.Options)!,
            JsonSerializer.Deserialize<Scorecard>(e.GetString("Scorecard"), IccJson.Options)!,
            e.GetBoolean("Published") ?? false,
            e.GetDateTimeOffset("ScoredAt") ?? DateTimeOffset.MinValue);
    }

    /// <inheritdoc />
    public async Task MarkPublishedAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        StorageNames.CheckSubmissionId(submissionId);
        var patch = new TableEntity(submissionId, Row) { ["Published"] = true };
        await this.Table.UpdateEntityAsync(patch, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken);
    }
}
