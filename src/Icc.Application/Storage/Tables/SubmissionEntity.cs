using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Icc.Domain.Json;

namespace Icc.Application.Storage.Tables;

/// <summary>Maps a <see cref="SubmissionRecord"/> to and from its table entity (PK = submission id, RK = "submission").</summary>
internal static class SubmissionEntity
{
    public const string Row = "submission";

    public static TableEntity From(SubmissionRecord r) => new(r.SubmissionId, Row)
    {
        ["CityId"] = r.CityId,
        ["Status"] = r.Status.ToString(),
        ["Round"] = r.Round,
        ["Format"] = r.Format.ToString(),
        ["ContentHash"] = r.ContentHash,
        ["ContentLength"] = r.ContentLength,
        ["QuestionnaireId"] = r.QuestionnaireId,
        ["CityName"] = r.CityName,
        ["BenchmarkVersion"] = r.BenchmarkVersion,
        ["Decision"] = r.Decision?.ToString(),
        ["DecisionId"] = r.DecisionId,
        ["ErrorCount"] = r.ErrorCount,
        ["WarningCount"] = r.WarningCount,
        ["Index"] = r.Index,
        ["CloseReason"] = r.CloseReason,
        ["StageTimes"] = JsonSerializer.Serialize(r.StageTimes.ToDictionary(p => p.Key.ToString(), p => p.Value), IccJson.Options),
        ["CreatedAt"] = r.CreatedAt,
        ["UpdatedAt"] = r.UpdatedAt,
    };

    public static SubmissionRecord To(TableEntity e) => new()
    {
        SubmissionId = e.PartitionKey,
        CityId = e.GetString("CityId"),
        Status = Enum.Parse<SubmissionStatus>(e.GetString("Status")),
        Round = e.GetInt32("Round") ?? 1,
        Format = Enum.Parse<AnswerFileFormat>(e.GetString("Format")),
        ContentHash = e.GetString("ContentHash"),
        ContentLength = e.GetInt64("ContentLength") ?? 0,
        QuestionnaireId = e.GetString("QuestionnaireId"),
        CityName = e.GetString("CityName"),
        BenchmarkVersion = e.GetString("BenchmarkVersion"),
        Decision = e.GetString("Decision") is string d ? Enum.Parse<ReviewDecisionKind>(d) : null,
        DecisionId = e.GetString("DecisionId"),
        ErrorCount = e.GetInt32("ErrorCount") ?? 0,
        WarningCount = e.GetInt32("WarningCount") ?? 0,
        Index = e.GetInt32("Index"),
        CloseReason = e.GetString("CloseReason"),
        StageTimes = (JsonSerializer.Deserialize<Dictionary<string, DateTimeOffset>>(e.GetString("StageTimes") ?? "{}", IccJson.Options) ?? [])
            .ToDictionary(p => Enum.Parse<SubmissionStatus>(p.Key), p => p.Value),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        ETag = e.ETag.ToString(),
    };
}
