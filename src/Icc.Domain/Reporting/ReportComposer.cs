using System.Globalization;
using Icc.Domain.Reporting.Document;

namespace Icc.Domain.Reporting;

/// <summary>
/// Turns report content into the document the renderer draws. This first version lays out the figures
/// only; the full report (introduction, per-area text, practices, conclusions) grows from here.
/// </summary>
public static class ReportComposer
{
    private const string Missing = "-";

    /// <summary>The document for the content.</summary>
    public static ReportDocument Compose(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var date = content.Sample?.ComputedAt ?? new DateTimeOffset(Math.Clamp(content.Year, 1, 9999), 1, 1, 0, 0, 0, TimeSpan.Zero);
        var info = new DocumentInfo(
            content.Title,
            "Council of Europe Intercultural Cities Index service",
            $"Intercultural Cities Index {content.Year} for {content.CityName}, {content.Country} (questionnaire {content.QuestionnaireId})",
            "Intercultural Cities; ICC Index",
            content.Language,
            date);
        var cover = new CoverPage(content.CityName, "Intercultural Cities Index analysis", [content.Country, content.Year.ToString(CultureInfo.InvariantCulture)]);
        return new ReportDocument(info, cover, [Figures(content)]);
    }

    private static ReportSection Figures(ReportContent content)
    {
        var figures = new Table(
            [new TableColumnSpec("Figure", 3), new TableColumnSpec("Score (0-100)", 1, Numeric: true)],
            [
                ["Intercultural Cities Index", Figure(content.Index)],
                ["Extended index", Figure(content.ExtendedIndex)],
                ["Intercultural lens", Figure(content.Lens)],
            ]);
        var areas = new Table(
            [new TableColumnSpec("Area", 3), new TableColumnSpec("City rate", 1, true), new TableColumnSpec("Extended rate", 1, true), new TableColumnSpec("Sample rate", 1, true)],
            content.Areas.Select(a => (IReadOnlyList<string>)[a.Name, Figure(a.Rate), Figure(a.ExtendedRate), Figure(a.SampleRate)]).ToList());
        var chart = new BarChart(
            "chart-overview",
            "Rates by area",
            content.Areas.Select(a => a.Name).ToList(),
            [
                new ChartSeries(content.CityName, SeriesRole.City, content.Areas.Select(a => (double?)(a.Rate ?? a.ExtendedRate)).ToList()),
                new ChartSeries("Sample", SeriesRole.Sample, content.Areas.Select(a => (double?)a.SampleRate).ToList()),
            ],
            ChartOrientation.Horizontal);
        return new ReportSection("figures", "Figures", [figures, areas, chart]);
    }

    private static string Figure(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? Missing;

    private static string Figure(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? Missing;
}
