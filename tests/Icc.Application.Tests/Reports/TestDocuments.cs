using System.Globalization;
using Icc.Domain.Reporting.Document;

namespace Icc.Application.Tests.Reports;

/// <summary>Builds report documents for renderer tests: sections, filler text, tables and charts.</summary>
internal static class TestDocuments
{
    /// <summary>Metadata every test document shares.</summary>
    public static readonly DocumentInfo Info = new(
        "Testville: Intercultural Cities Index analysis 2024",
        "Council of Europe Intercultural Cities Index service",
        "Intercultural Cities Index 2024 for Testville",
        "Intercultural Cities; ICC Index",
        "en",
        new DateTimeOffset(2024, 11, 5, 13, 30, 0, TimeSpan.Zero));

    /// <summary>A document of the sections, with a plain cover.</summary>
    public static ReportDocument Document(params ReportSection[] sections) =>
        new(Info, new CoverPage("Testville", "Intercultural Cities Index analysis", ["Nowhere", "2024"]), sections);

    /// <summary>A section of blocks.</summary>
    public static ReportSection Section(string title, params ReportBlock[] blocks) => new(Id(title), title, blocks);

    /// <summary>A section of blocks and subsections.</summary>
    public static ReportSection Section(string title, IReadOnlyList<ReportBlock> blocks, params ReportSection[] subsections) =>
        new(Id(title), title, blocks, subsections);

    /// <summary>A paragraph of <paramref name="sentences"/> ordinary sentences, the first words naming it.</summary>
    public static Paragraph Filler(string name, int sentences) =>
        new(name + " " + string.Concat(Enumerable.Repeat(
            "The council adopted a statement committing the city to intercultural principles and a strategy for diversity. ", sentences)));

    /// <summary>A paragraph with a footnote after its first sentence.</summary>
    public static Paragraph WithFootnote(string name, string note, int sentencesAfter) =>
        new([new TextRun(name + " opens with a sentence that carries a reference"), new FootnoteRef(note), new TextRun(". " + Filler("Then", sentencesAfter).PlainText)]);

    /// <summary>A table of <paramref name="rows"/> rows named row-001, row-002, ... with a numeric column.</summary>
    public static Table Table(int rows, string caption = "Table 1. Rates") =>
        new(
            [new TableColumnSpec("Zoneheader", 3), new TableColumnSpec("Scoreheader", 1, Numeric: true)],
            Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"row-{i:000} with a label long enough to wrap in a narrow column perhaps", (i % 100).ToString(CultureInfo.InvariantCulture)]).ToList(),
            caption);

    /// <summary>A chart of the city and the sample over <paramref name="categories"/> categories.</summary>
    public static BarChart Chart(string id, int categories, ChartOrientation orientation = ChartOrientation.Horizontal) =>
        new(
            id,
            $"Chart {id}",
            Enumerable.Range(1, categories).Select(i => $"Area {i}").ToList(),
            [
                new ChartSeries("Testville", SeriesRole.City, Enumerable.Range(1, categories).Select(i => (double?)(i * 7 % 100)).ToList()),
                new ChartSeries("Sample", SeriesRole.Sample, Enumerable.Range(1, categories).Select(i => i == 2 ? null : (double?)(50 + i)).ToList()),
            ],
            orientation);

    private static string Id(string title) => string.Concat(title.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
}
