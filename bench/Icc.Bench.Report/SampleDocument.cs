using System.Globalization;
using Icc.Domain.Reporting.Document;

namespace Icc.Bench.Report;

/// <summary>
/// A document shaped like a full ICC report (Asan 2024): introduction, 17 areas with text, footnotes,
/// suggestions and a chart each, an overview chart of all areas, three tables and conclusions. Its text is
/// generated, its structure and sizes are the real report's.
/// </summary>
internal static class SampleDocument
{
    private static readonly string[] Areas =
    [
        "Commitment", "Education", "Neighbourhoods", "Public services", "Business and the labour market",
        "Cultural and social life", "Public space", "Mediation and conflict resolution", "Language",
        "Media and communication", "International outlook", "Intercultural intelligence and competence",
        "Welcoming newcomers", "Leadership and citizenship", "Anti-discrimination", "Participation", "Interaction",
    ];

    private static readonly string[] Groups = ["Cities < 500 000", "Foreign-born > 10 %"];

    private const string Sentence =
        "The city has adopted a public statement in which it explicitly commits to intercultural principles, and its council " +
        "has endorsed a strategy that treats diversity as a resource for the whole community rather than a problem to manage. ";

    /// <summary>The document.</summary>
    public static ReportDocument Build()
    {
        var info = new DocumentInfo(
            "Asan City: Intercultural Cities Index analysis 2024",
            "Council of Europe Intercultural Cities Index service",
            "Intercultural Cities Index 2024 for Asan City, Republic of Korea",
            "Intercultural Cities; ICC Index",
            "en",
            new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var cover = new CoverPage("Asan City", "Intercultural Cities Index analysis 2024", ["Republic of Korea (아산시)", "Published in July 2025", "Intercultural Cities Secretariat, Council of Europe"]);
        var sections = new List<ReportSection>
        {
            new("introduction", "Introduction", [Text(0, 3), Text(1, 2, footnote: true)], [new("definition", "Intercultural city definition", [Text(2, 2)]), new("methodology", "Methodology", [Text(3, 3), MethodTable()])]),
            new("overview", "Asan City: an overview", [Text(4, 4), Overview(), Text(5, 2, footnote: true)]),
        };
        sections.AddRange(Areas.Select((area, i) => Area(area, i)));
        sections.Add(new("conclusions", "Overall conclusions", [Text(40, 4), RatesTable()]));
        sections.Add(new("recommendations", "Recommendations", [Text(41, 2), new BulletList(Areas.Take(8).Select(a => new Paragraph($"{a}: {Sentence}")).ToList()), GroupsTable()]));
        return new ReportDocument(info, cover, sections);
    }

    /// <summary>A document of one paragraph of about <paramref name="characters"/> characters.</summary>
    public static ReportDocument HugeParagraph(int characters)
    {
        var document = Build();
        var text = string.Concat(Enumerable.Repeat(Sentence, (characters / Sentence.Length) + 1))[..characters];
        return document with { Sections = [new ReportSection("huge", "One long paragraph", [new Paragraph(text)])] };
    }

    /// <summary>The same document without its charts, to tell the charts' cost from the text's.</summary>
    public static ReportDocument WithoutCharts(ReportDocument document) =>
        document with { Sections = document.Sections.Select(Strip).ToList() };

    private static ReportSection Strip(ReportSection section) =>
        section with { Blocks = section.Blocks.Where(b => b is not BarChart).ToList(), Subsections = section.Subsections.Select(Strip).ToList() };

    private static ReportSection Area(string area, int index) =>
        new(
            $"area-{index}",
            area,
            [
                Text(10 + index, 2, footnote: index % 2 == 0),
                AreaChart(area, index),
                new Subheading("Suggestions"),
                new BulletList([new Paragraph(Sentence), new Paragraph(Sentence + Sentence)]),
            ]);

    private static Paragraph Text(int seed, int sentences, bool footnote = false)
    {
        var runs = new List<Inline> { new TextRun("Asan City ", Strong: true) };
        for (var s = 0; s < sentences; s++)
        {
            var sentence = Sentence.Replace("city", seed % 3 == 0 ? "municipality" : "city", StringComparison.Ordinal);
            runs.Add(new TextRun(footnote && s == sentences - 1 ? sentence.TrimEnd() : sentence));
        }

        if (footnote)
        {
            runs.Add(new FootnoteRef($"Source: Asan City administration, answers to the ICC questionnaire, item {seed.ToString(CultureInfo.InvariantCulture)}."));
            runs.Add(new TextRun(" " + Sentence));
        }

        return new Paragraph(runs);
    }

    private static BarChart Overview() =>
        new(
            "chart-overview",
            "Asan City compared with the sample, by area",
            Areas,
            [
                new ChartSeries("Asan City", SeriesRole.City, Areas.Select((_, i) => (double?)(35 + (i * 37 % 60))).ToList()),
                new ChartSeries("Sample (129 cities)", SeriesRole.Sample, Areas.Select((_, i) => (double?)(45 + (i * 13 % 30))).ToList()),
            ],
            ChartOrientation.Horizontal);

    private static BarChart AreaChart(string area, int index) =>
        new(
            $"chart-area-{index}",
            $"{area}: Asan City and comparison groups",
            ["Asan City", "Sample", .. Groups],
            [
                new ChartSeries("Asan City", SeriesRole.City, [40 + (index * 3), null, null, null]),
                new ChartSeries("Sample (129 cities)", SeriesRole.Sample, [null, 55, null, null]),
                new ChartSeries("Comparison groups", SeriesRole.Group, [null, null, 48 + index, 51 - index]),
            ]);

    private static Table MethodTable() =>
        new(
            [new TableColumnSpec("Indicator", 3), new TableColumnSpec("Questions", 1, Numeric: true), new TableColumnSpec("Weight", 1, Numeric: true)],
            Areas.Select((a, i) => (IReadOnlyList<string>)[a, (3 + (i % 5)).ToString(CultureInfo.InvariantCulture), "1"]).ToList(),
            "Table 1. Indicators of the index");

    private static Table RatesTable() =>
        new(
            [new TableColumnSpec("Area", 3), new TableColumnSpec("Asan City", 1, true), new TableColumnSpec("Sample", 1, true), new TableColumnSpec("Cities < 500 000", 1, true)],
            Enumerable.Range(0, 3).SelectMany(_ => Areas).Select((a, i) => (IReadOnlyList<string>)[a, (35 + (i * 37 % 60)).ToString(CultureInfo.InvariantCulture), (45 + (i % 30)).ToString(CultureInfo.InvariantCulture), "52"]).ToList(),
            "Table 2. Rates by area (three cycles)");

    private static Table GroupsTable() =>
        new(
            [new TableColumnSpec("Group", 2), new TableColumnSpec("Cities", 1, true), new TableColumnSpec("Description", 4)],
            Groups.Select(g => (IReadOnlyList<string>)[g, "41", Sentence]).ToList(),
            "Table 3. Comparison groups");
}
