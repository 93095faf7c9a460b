using System.Globalization;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;

namespace Icc.Domain.Reporting.Sections;

/// <summary>
/// Annex "How each rate was computed": per area, every scored question with the city's answer, the points
/// earned and possible and the index it counts in, so a city can retrace each rate.
/// </summary>
public static class ComputationAnnex
{
    /// <summary>Builds the annex.</summary>
    public static ReportSection Build(ReportInputs inputs, IReadOnlyList<AreaStanding> areas)
    {
        var intro = new Paragraph(
            "Each rate is the share of the possible points the city earned, 100 × earned ÷ possible, cut to a whole number. Optional questions " +
            "left blank count in neither total. \"Both\" questions count in the original and the extended index, \"extended\" ones only in the " +
            "extended index. The index is the mean of the original areas' unrounded rates, and the lens the mean of its six areas'.");
        return new ReportSection("annex-computation", "Annex: how each rate was computed", [intro], [.. areas.Select(a => Area(inputs, a))]);
    }

    private static string Total(string index, Scoring.Points points, int? rate) =>
        $"{index} index: {AnswerText.Points(points.Earned)} of {AnswerText.Points(points.Possible)} points, rate {rate?.ToString(CultureInfo.InvariantCulture) ?? "-"}.";

    private static ReportSection Area(ReportInputs inputs, AreaStanding standing)
    {
        var score = standing.Score;
        var rows = inputs.Card.Questions
            .Where(q => q.AreaId == standing.Area.Id)
            .Select(q =>
            {
                var question = inputs.Questionnaire.FindQuestion(q.QuestionId)!;
                return (IReadOnlyList<string>)
                [
                    q.QuestionId,
                    question.Text,
                    AnswerText.Of(question, inputs.Sheet.Find(q.QuestionId)),
                    q.Achievement == Scoring.Achievement.NotAnswered ? "-" : AnswerText.Points(q.Earned),
                    q.Achievement == Scoring.Achievement.NotAnswered ? "-" : AnswerText.Points(q.Possible),
                    question.Scope == Questionnaires.IndexScope.Extended ? "extended" : "both",
                ];
            })
            .ToList();
        var extended = Total("Extended", score.Extended, score.ExtendedRate);
        var totals = standing.IsNew ? extended : Total("Original", score.Original, score.Rate) + " " + extended;
        return new ReportSection(
            "annex-" + standing.Area.Id,
            standing.Area.Name,
            [
                new Table(
                    [
                        new TableColumnSpec("Item", 1.3),
                        new TableColumnSpec("Asked", 4),
                        new TableColumnSpec("Answer", 3),
                        new TableColumnSpec("Earned", 1.4, Numeric: true),
                        new TableColumnSpec("Out of", 1.4, Numeric: true),
                        new TableColumnSpec("Index", 1.5),
                    ],
                    rows),
                new Paragraph(totals),
            ]);
    }
}
