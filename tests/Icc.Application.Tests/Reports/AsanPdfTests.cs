using Icc.Domain.Benchmarking.Sample;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting.Building;
using Icc.Reports.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Icc.Application.Tests.Reports;

/// <summary>Asan's report drawn as PDF against the embedded sample and read back with PdfPig.</summary>
public sealed class AsanPdfTests
{
    private static readonly Lazy<byte[]> Pdf = new(Draw);

    private static byte[] Draw()
    {
        var questionnaire = QuestionnaireCatalog.Default.Find("icc-2019")!;
        var asan = DefaultSample.Reference(questionnaire);
        var sample = ReportSample.EmbeddedWith(asan.Entry);
        return new PdfReportRenderer().Render(ReportBuilder.Build(ReportInputs.Of(asan.CityId, questionnaire, asan.Sheet, asan.Card, sample)));
    }

    private static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    // The text of every page after the contents, in reading order.
    private static List<string> BodyPages()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);
        return [.. pdf.GetPages().Skip(2).Select(Words)];
    }

    [Fact]
    public void Headings_AppearInThePublishedOrder()
    {
        // Every section heading is found after the previous one.
        var text = string.Join(" ", BodyPages());
        string[] headings =
        [
            "Introduction", "Asan City: an overview", "Commitment", "The city through an intercultural lens", "Education", "Neighbourhoods",
            "Public services", "Business and the labour market", "Cultural and social life", "Public space", "Mediation and conflict resolution",
            "Language", "Media and communication", "International outlook", "Intercultural intelligence and competence", "Welcoming newcomers",
            "Leadership and citizenship", "Anti-discrimination", "Participation", "Interaction", "Overall conclusions", "Recommendations",
            "Annex: how each rate was computed",
        ];
        var at = 0;
        foreach (var heading in headings)
        {
            var next = text.IndexOf(heading, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"'{heading}' not found after position {at}");
            at = next + heading.Length;
        }
    }

    [Theory]
    [InlineData("achieved a rate of 98, considerably higher than the achievement rate of 68")]
    [InlineData("achieved a rate of 100, considerably higher than the achievement rate of 47")]
    [InlineData("Asan City is number one in the sample")]
    [InlineData("achieved a rate of 49, slightly higher than the achievement rate of 47")]
    [InlineData("achieved a rate of 33, considerably lower than the")]
    [InlineData("achievement rate of 54 of the 129 cities in the sample.")]
    [InlineData("Asan City is the second highest scoring city")]
    [InlineData("lens rate of 97, considerably higher than the sample's 63")]
    [InlineData("aggregate Intercultural Cities Index of 87")]
    public void Sentences_ReadBackFromThePdf(string sentence)
    {
        // The published figures and words survive layout: wrapping and justification keep every word. (A footnote's
        // raised number reads back before the next line, so no expected text runs across one.)
        Assert.Contains(sentence, string.Join(" ", BodyPages()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In neighbourhoods, Asan City achieved a rate of 100", "neighbourhoods is 75, against 54 for the 48 cities")]
    [InlineData("In leadership and citizenship, Asan City achieved", "leadership and citizenship is 33, against 54 for the 48 cities")]
    public void ExtendedFootnote_IsOnThePageOfItsSentence(string sentence, string footnote)
    {
        // The footnote's text sits at the foot of the page whose text carries its reference.
        var page = BodyPages().FindIndex(p => p.Contains(sentence, StringComparison.Ordinal));
        Assert.True(page >= 0);
        Assert.Contains(footnote, BodyPages()[page], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryLetter_IsInsideThePageMargins()
    {
        // Nothing drawn as text leaves the margins, on any page.
        RenderedPdf.AssertInsideMargins(Pdf.Value);
    }

    [Fact]
    public void Charts_ArePresent()
    {
        // One chart per area (17), the lens and the overview: 19 images.
        using var pdf = PdfDocument.Open(Pdf.Value);
        Assert.Equal(19, pdf.GetPages().Sum(p => p.GetImages().Count()));
    }

    [Fact]
    public void Metadata_DescribesTheReport()
    {
        // Title, author and subject come from the report; the date is the sample's, never the clock.
        using var pdf = PdfDocument.Open(Pdf.Value);
        Assert.Equal("Asan City: Intercultural Cities Index analysis 2024", pdf.Information.Title);
        Assert.Contains("Asan City", pdf.Information.Subject, StringComparison.Ordinal);
        Assert.Equal(DefaultSample.Date, pdf.Information.GetCreatedDateTimeOffset());
    }
}
