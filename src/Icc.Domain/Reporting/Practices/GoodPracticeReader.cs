using System.Text.Json;
using Icc.Domain.Json;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Reporting.Practices;

/// <summary>Reads a good-practice catalogue from its JSON form and checks it against the questionnaire it tags.</summary>
public static class GoodPracticeReader
{
    /// <summary>The name problems are reported under.</summary>
    public const string DataName = "good-practices";

    /// <summary>
    /// Parses and checks a catalogue; throws <see cref="ReportDataException"/> on any broken rule.
    /// </summary>
    /// <param name="json">The catalogue: <c>{ "questionnaireId": ..., "practices": [...] }</c>.</param>
    /// <param name="questionnaires">The questionnaire versions the tags may refer to.</param>
    public static GoodPracticeCatalog Read(string json, QuestionnaireCatalog questionnaires)
    {
        CatalogFile? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<CatalogFile>(json, IccJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ReportDataException(DataName, [$"not valid catalogue JSON: {ex.Message}"]);
        }

        if (parsed is null)
        {
            throw new ReportDataException(DataName, ["the catalogue is empty"]);
        }

        var questionnaire = questionnaires.Find(parsed.QuestionnaireId ?? string.Empty)
            ?? throw new ReportDataException(DataName, [$"the catalogue tags questionnaire '{parsed.QuestionnaireId}', which is unknown"]);
        var practices = (parsed.Practices ?? []).Select(Normalise).ToList();
        var problems = GoodPracticeRules.Check(practices, questionnaire);
        return problems.Count == 0
            ? new GoodPracticeCatalog(questionnaire.Id, practices)
            : throw new ReportDataException(DataName, problems);
    }

    // Fields left out of the JSON arrive as null: give every one a value so the model never holds nulls.
    private static GoodPractice Normalise(GoodPractice p) => new(
        p.Id ?? string.Empty,
        p.City ?? string.Empty,
        p.Country ?? string.Empty,
        p.Title ?? string.Empty,
        p.Summary ?? string.Empty,
        p.AreaIds ?? [],
        p.QuestionIds ?? [],
        p.CitedIn ?? []);

    private sealed record CatalogFile(string? QuestionnaireId, IReadOnlyList<GoodPractice>? Practices);
}
