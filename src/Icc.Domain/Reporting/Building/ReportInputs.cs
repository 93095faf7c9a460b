using Icc.Domain.Answers;
using Icc.Domain.Benchmarking;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting.Narrative;
using Icc.Domain.Reporting.Practices;
using Icc.Domain.Reporting.Wording;
using Icc.Domain.Scoring;

namespace Icc.Domain.Reporting.Building;

/// <summary>Everything a report is built from.</summary>
/// <param name="CityId">The city's id.</param>
/// <param name="Questionnaire">The questionnaire answered.</param>
/// <param name="Sheet">The city's answers, with evidence and profile.</param>
/// <param name="Card">The scorecard of those answers.</param>
/// <param name="Sample">The benchmark compared with, or null when none exists yet.</param>
/// <param name="Practices">The good-practice catalogue.</param>
/// <param name="Narrative">The report's fixed texts.</param>
/// <param name="Rules">The wording rules.</param>
public sealed record ReportInputs(
    string CityId,
    Questionnaire Questionnaire,
    AnswerSheet Sheet,
    Scorecard Card,
    ReportSample? Sample,
    GoodPracticeCatalog Practices,
    ReportNarrative Narrative,
    ReportRules Rules)
{
    /// <summary>The inputs with the embedded catalogue, narrative and default rules.</summary>
    public static ReportInputs Of(string cityId, Questionnaire questionnaire, AnswerSheet sheet, Scorecard card, ReportSample? sample) =>
        new(cityId, questionnaire, sheet, card, sample, GoodPracticeCatalog.Default, ReportNarrative.Default, ReportRules.Default);

    /// <summary>The city as the benchmark sees it.</summary>
    public BenchmarkEntry City => BenchmarkEntry.From(this.CityId, this.Sheet.City, this.Card);

    /// <summary>The city's name.</summary>
    public string CityName => this.Sheet.City.Name;
}
