using Icc.Domain.Reporting;
using Icc.Reports.Pdf;
using UglyToad.PdfPig;

namespace Icc.Application.Tests.Reports;

public sealed class PdfReportRendererTests
{
    private static readonly string[] AreaIds =
    [
        "commitment", "education", "neighbourhoods", "public-services", "business-and-labour-market",
        "cultural-and-social-life", "public-space", "mediation-and-conflict-resolution", "language",
        "media-and-communication", "international-outlook", "intercultural-intelligence-and-competence",
        "welcoming-newcomers", "leadership-and-citizenship", "anti-discrimination", "participation", "interaction",
    ];

    private static ReportContent Content(string city = "Asan City", SampleInfo? sample = null) => new(
        $"{city}: Intercultural Cities Index analysis 2024",
        city,
        "Republic of Korea",
        2024,
        "icc-2019",
        87,
        83,
        97,
        AreaIds.Select((id, i) => new AreaLine(id, char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' '), i < 14 ? 90 - i : null, 80 + i, sample is null ? null : 60m)).ToList(),
        sample);

    [Fact]
    public void Render_SampleContent_IsAReadablePdfWithTheFigures()
    {
        // The PDF opens, and its text carries the city, the index and every area.
        var bytes = new PdfReportRenderer().Render(Content());
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Asan City", text);
        Assert.Contains("Intercultural Cities Index: 87", text);
        Assert.Contains("Leadership and citizenship", text);
        Assert.Contains("No benchmark sample", text);
        Assert.Equal("Asan City: Intercultural Cities Index analysis 2024", pdf.Information.Title);
    }

    [Fact]
    public void Render_WithSample_StatesItsSize()
    {
        // The report says which sample the city is compared with.
        var bytes = new PdfReportRenderer().Render(Content(sample: new SampleInfo("2024-12-01", 129, new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero))));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains("sample of 129 cities", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    [Fact]
    public void Render_SameContentTwice_GivesTheSameBytes()
    {
        // Output is deterministic.
        var renderer = new PdfReportRenderer();
        Assert.Equal(renderer.Render(Content()), renderer.Render(Content()));
    }

    [Theory]
    [InlineData("아산시")]
    [InlineData("Ville-de-très-long-nom-sans-espaces-aucun-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]
    public void Render_HostileCityNames_StayInsideThePage(string city)
    {
        // Korean names render with the Korean font, and a long unbroken name wraps inside the margins.
        var bytes = new PdfReportRenderer().Render(Content(city));
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            Assert.All(page.Letters, letter =>
            {
                Assert.InRange(letter.BoundingBox.Left, 0, page.Width);
                Assert.InRange(letter.BoundingBox.Right, 0, page.Width);
            });
        }

        Assert.Contains(city[..3], string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }
}
