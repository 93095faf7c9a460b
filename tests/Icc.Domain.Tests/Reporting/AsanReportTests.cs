using Icc.Domain.Benchmarking;
using Icc.Domain.Benchmarking.Sample;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;
using Icc.Domain.Reporting.Sections;

namespace Icc.Domain.Tests.Reporting;

public sealed class AsanReportTests
{
    private static readonly Questionnaire Icc2019 = QuestionnaireCatalog.Default.Find("icc-2019")!;

    /// <summary>Asan's report against the embedded default sample, as a fresh installation draws it.</summary>
    public static ReportDocument Report { get; } = Build();

    private static ReportDocument Build()
    {
        var asan = DefaultSample.Reference(Icc2019);
        var entries = DefaultSample.Cities.Select(c => c.Entry).ToList();
        var sample = new ReportSample(BenchmarkCalculator.Compute(entries, DefaultSample.Version, DefaultSample.Date), entries);
        return ReportBuilder.Build(ReportInputs.Of("asan", Icc2019, asan.Sheet, asan.Card, sample));
    }

    private static IEnumerable<ReportSection> All(IEnumerable<ReportSection> sections) =>
        sections.SelectMany(s => All(s.Subsections).Prepend(s));

    private static ReportSection Section(string id) => All(Report.Sections).Single(s => s.Id == id);

    // The rate paragraph of an area with its footnotes' text, as one string.
    private static string RateText(string areaId) =>
        string.Concat(Section(AreaSection.Id(areaId)).Blocks.OfType<Paragraph>().ElementAt(1).Content.Select(i => i switch
        {
            TextRun run => run.Text,
            FootnoteRef note => " [footnote: " + note.Text + "]",
            _ => string.Empty,
        }));

    [Fact]
    public void Sections_AreInThePublishedOrder()
    {
        // Introduction, overview, commitment, the lens with its six areas, the other areas, conclusions, recommendations, annex.
        Assert.Equal(
            [
                "Introduction", "Asan City: an overview", "Commitment", "The city through an intercultural lens",
                "Mediation and conflict resolution", "Language", "Media and communication", "International outlook",
                "Intercultural intelligence and competence", "Welcoming newcomers", "Leadership and citizenship",
                "Anti-discrimination", "Participation", "Interaction", "Overall conclusions", "Recommendations",
                "Annex: how each rate was computed",
            ],
            Report.Sections.Select(s => s.Title));
        Assert.Equal(
            ["Education", "Neighbourhoods", "Public services", "Business and the labour market", "Cultural and social life", "Public space"],
            Section("intercultural-lens").Subsections.Select(s => s.Title));
    }

    [Theory]
    [InlineData("commitment", 98, 68, "considerably higher than")]
    [InlineData("education", 95, 69, "considerably higher than")]
    [InlineData("neighbourhoods", 100, 68, "considerably higher than")]
    [InlineData("public-services", 100, 47, "considerably higher than")]
    [InlineData("business-and-labour-market", 100, 53, "considerably higher than")]
    [InlineData("cultural-and-social-life", 100, 71, "considerably higher than")]
    [InlineData("public-space", 88, 68, "considerably higher than")]
    [InlineData("mediation-and-conflict-resolution", 86, 58, "considerably higher than")]
    [InlineData("language", 49, 47, "slightly higher than")]
    [InlineData("media-and-communication", 100, 47, "considerably higher than")]
    [InlineData("international-outlook", 92, 67, "considerably higher than")]
    [InlineData("intercultural-intelligence-and-competence", 91, 59, "considerably higher than")]
    [InlineData("welcoming-newcomers", 95, 58, "considerably higher than")]
    [InlineData("leadership-and-citizenship", 33, 54, "considerably lower than")]
    public void RateSentence_EachOriginalArea_HasThePublishedFiguresAndWords(string areaId, int rate, int sample, string words)
    {
        // The published rate, the published sample rate and the published comparison word, for every area.
        var text = RateText(areaId);
        Assert.Contains($"achieved a rate of {rate}, {words} the achievement rate of {sample} ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public-services", "is number one in the sample")]
    [InlineData("business-and-labour-market", "is number one in the sample")]
    [InlineData("cultural-and-social-life", "shares the top rate of the sample together with several other cities")]
    [InlineData("anti-discrimination", "is among the highest scoring cities")]
    [InlineData("participation", "is the second highest scoring city")]
    [InlineData("interaction", "is among the highest scoring cities")]
    public void PositionWords_AsPublished(string areaId, string words)
    {
        // "Number one", "together with several other cities", "among the highest", "second highest", as the report says.
        Assert.Contains("Asan City " + words, RateText(areaId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anti-discrimination", 100)]
    [InlineData("participation", 92)]
    [InlineData("interaction", 100)]
    public void NewAreas_StateTheirExtendedRateInTheText(string areaId, int rate)
    {
        // The three new areas have only an extended rate, given in the text against the cities that answered them.
        Assert.Contains($"rate of achievement in {areaId} is {rate}, against an average of", RateText(areaId), StringComparison.Ordinal);
        Assert.Contains("48 cities that have answered them", RateText(areaId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neighbourhoods", 75, 54)]
    [InlineData("business-and-labour-market", 50, 74)]
    [InlineData("public-space", 50, 60)]
    [InlineData("media-and-communication", 100, 51)]
    [InlineData("international-outlook", 92, 68)]
    [InlineData("intercultural-intelligence-and-competence", 94, 60)]
    [InlineData("leadership-and-citizenship", 33, 54)]
    public void ExtendedFigures_AreFootnotesAsPublished(string areaId, int rate, int sample)
    {
        // Exactly the seven areas whose extended questions differ carry the published extended figures as a footnote.
        var note = Assert.Single(Section(AreaSection.Id(areaId)).Blocks.OfType<Paragraph>().SelectMany(p => p.Content.OfType<FootnoteRef>()));
        Assert.Contains($"is {rate}, against {sample} for the 48 cities", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnotes_OnlyWhereExtendedQuestionsDiffer()
    {
        // Seven footnotes in the area sections, no more.
        var notes = All(Report.Sections).Where(s => s.Id.StartsWith("area-", StringComparison.Ordinal))
            .SelectMany(s => s.Blocks.OfType<Paragraph>()).SelectMany(p => p.Content.OfType<FootnoteRef>());
        Assert.Equal(7, notes.Count());
    }

    [Fact]
    public void Lens_AndAggregate_AsPublished()
    {
        // Lens 97 against 63; aggregate index 87 with the city's place in the sample and both bands.
        var lens = string.Concat(Section("intercultural-lens").Blocks.OfType<Paragraph>().Select(p => p.PlainText));
        Assert.Contains("lens rate of 97, considerably higher than the sample's 63", lens, StringComparison.Ordinal);
        var overall = Section("overall-conclusions").Blocks.OfType<Paragraph>().Select(p => p.PlainText).ToList();
        Assert.Contains("aggregate Intercultural Cities Index of 87", overall[0], StringComparison.Ordinal);
        Assert.Contains("among the 129 cities in the sample", overall[0], StringComparison.Ordinal);
        Assert.Matches(@"among the \d+ cities with 200 000 to 500 000 inhabitants", overall[1]);
        Assert.Matches(@"among the \d+ cities with 10 to 15 % foreign-born residents", overall[1]);
    }

    [Fact]
    public void Conclusions_HaveOneRowPerArea_AndRecommendationsOnlyWhereThereIsRoom()
    {
        // The conclusions table covers all 17 areas; recommendations skip areas where everything is achieved.
        var table = Assert.Single(Section("overall-conclusions").Blocks.OfType<Table>());
        Assert.Equal(17, table.Rows.Count);
        var areasRecommended = Section("recommendations").Blocks.OfType<Subheading>().Select(h => h.Text).ToList();
        Assert.Contains("Leadership and citizenship", areasRecommended);
        Assert.DoesNotContain("Public services", areasRecommended);
        Assert.Equal(Section("recommendations").Blocks.OfType<Subheading>().Count(), Section("recommendations").Blocks.OfType<BulletList>().Count());
    }

    [Fact]
    public void Annex_ListsEveryScoredQuestionWithItsPoints()
    {
        // One table per area; together they list every scored question once, with earned and possible points.
        var rows = Section("annex-computation").Subsections.SelectMany(s => s.Blocks.OfType<Table>()).SelectMany(t => t.Rows).ToList();
        Assert.Equal(Icc2019.Questions.Count(q => q.IsScored), rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
        var declaration = rows.Single(r => r[0] == "COM-01");
        Assert.Equal(["Yes", "6", "6"], [declaration[2], declaration[3], declaration[4]]);
    }

    [Fact]
    public void Suggestions_CiteCataloguePracticesForMissedItems()
    {
        // Leadership and citizenship, Asan's weakest area, suggests practices from other cities.
        var blocks = Section(AreaSection.Id("leadership-and-citizenship")).Blocks;
        Assert.Contains(blocks, b => b is Subheading { Text: "Ideas from other cities" });
        Assert.Contains(blocks.OfType<Paragraph>(), p => p.Content.OfType<TextRun>().Any(r => r.Strong && r.Text.Contains('(', StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_SameInputs_SameDocumentText()
    {
        // Building is deterministic: same inputs, same text (the renderer then gives the same bytes).
        Assert.Equal(PlainTextReport.Render(Report), PlainTextReport.Render(Build()));
    }

    [Fact]
    public void Build_WithoutASample_SaysSoInsteadOfComparing()
    {
        // Before any benchmark exists the report still builds: rates without comparisons, no ranks, no band sentence.
        var asan = DefaultSample.Reference(Icc2019);
        var document = ReportBuilder.Build(ReportInputs.Of("asan", Icc2019, asan.Sheet, asan.Card, sample: null));
        var text = PlainTextReport.Render(document);

        Assert.Contains("In commitment, Asan City achieved a rate of 98. No comparison sample was available for it.", text, StringComparison.Ordinal);
        Assert.Contains("No benchmark sample existed when this report was drawn", text, StringComparison.Ordinal);
        Assert.Contains("Asan City's aggregate Intercultural Cities Index is 87.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("number one", text, StringComparison.Ordinal);
    }
}
