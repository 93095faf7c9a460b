using System.Text.Json;
using Icc.Domain.Json;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Reporting.Narrative;

/// <summary>Reads the report narrative from its JSON form and checks it against the questionnaire it describes.</summary>
public static class ReportNarrativeReader
{
    /// <summary>The name problems are reported under.</summary>
    public const string DataName = "report-narrative";

    /// <summary>Parses and checks a narrative; throws <see cref="ReportDataException"/> on any broken rule.</summary>
    /// <param name="json">The narrative: <c>{ "questionnaireId": ..., "introduction": {...}, "areas": [...] }</c>.</param>
    /// <param name="questionnaires">The questionnaire versions the narrative may describe.</param>
    public static ReportNarrative Read(string json, QuestionnaireCatalog questionnaires)
    {
        NarrativeFile? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<NarrativeFile>(json, IccJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ReportDataException(DataName, [$"not valid narrative JSON: {ex.Message}"]);
        }

        if (parsed is null)
        {
            throw new ReportDataException(DataName, ["the narrative is empty"]);
        }

        var questionnaire = questionnaires.Find(parsed.QuestionnaireId ?? string.Empty)
            ?? throw new ReportDataException(DataName, [$"the narrative describes questionnaire '{parsed.QuestionnaireId}', which is unknown"]);

        // Missing parts arrive as null: give every one a value so the model never holds nulls.
        var intro = parsed.Introduction ?? new IntroductionText([], [], []);
        intro = new IntroductionText(intro.InterculturalCity ?? [], intro.Methodology ?? [], intro.ReadingTheCharts ?? []);
        var areas = (parsed.Areas ?? [])
            .Select(a => new AreaNarrative(a.AreaId ?? string.Empty, a.WhyItMatters ?? string.Empty, a.RecommendationLead ?? string.Empty))
            .ToList();

        var problems = ReportNarrativeRules.Check(intro, areas, questionnaire);
        if (problems.Count > 0)
        {
            throw new ReportDataException(DataName, problems);
        }

        // Questionnaire order, whatever the file's order: the report walks the areas in that order.
        var ordered = questionnaire.Areas.Select(a => areas.First(n => n.AreaId == a.Id));
        return new ReportNarrative(questionnaire.Id, intro, ordered);
    }

    private sealed record NarrativeFile(string? QuestionnaireId, IntroductionText? Introduction, IReadOnlyList<AreaNarrative>? Areas);
}
