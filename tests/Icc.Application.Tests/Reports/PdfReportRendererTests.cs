using System.Text;
using Icc.Reports.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Icc.Application.Tests.Reports;

public sealed class PdfReportRendererTests
{
    // Glyph boxes come from font metrics; allow for rounding in PdfPig's arithmetic.
    private const double Tolerance = 0.5;

    private static readonly PdfReportRenderer Renderer = new();

    [Fact]
    public void Render_SampleContent_IsPdfWithAtLeastOnePage()
    {
        // A full report opens as a PDF of many pages: cover, contents, every section and the annex.
        var bytes = Renderer.Render(SampleReports.For());

        Assert.Equal("application/pdf", Renderer.MediaType);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 20, $"{pdf.NumberOfPages} pages");
    }

    [Fact]
    public void Render_SampleContent_ContainsCityIndexAndEveryArea()
    {
        // The city, the headline index and all 17 area names appear in the text.
        var text = Text(Renderer.Render(SampleReports.For()));

        Assert.Contains("Testville", text, StringComparison.Ordinal);
        Assert.Contains("Nowhere", text, StringComparison.Ordinal);
        Assert.Contains(Squash("Intercultural Cities Index of 87"), text, StringComparison.Ordinal);
        Assert.Equal(17, SampleReports.Icc2019.Areas.Count);
        Assert.All(SampleReports.Icc2019.Areas, a => Assert.Contains(Squash(a.Name), text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SameContentTwice_GivesIdenticalBytes()
    {
        // Rendering is a pure function of the content: dates, IDs and font subset names included.
        var first = Renderer.Render(SampleReports.For());
        var second = Renderer.Render(SampleReports.For());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_InParallel_GivesIdenticalBytes()
    {
        // Renderers share PDFsharp's process-wide font state; concurrent renders must not disturb each other.
        var document = SampleReports.For("아산시");
        var expected = Renderer.Render(document);

        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = new PdfReportRenderer().Render(document));

        Assert.All(results, bytes => Assert.Equal(expected, bytes));
    }

    [Fact]
    public void Render_DifferentContent_GivesDifferentDocumentIds()
    {
        // The trailer ID is a hash of the document, not a constant.
        var first = Renderer.Render(SampleReports.For("Testville"));
        var second = Renderer.Render(SampleReports.For("Otherville"));

        Assert.NotEqual(TrailerId(first), TrailerId(second));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Render_300CharacterCityName_KeepsEveryLetterInsideMargins(bool withSpaces)
    {
        // A very long city name, with or without spaces to break at, stays inside the margins (the cover cuts it short).
        var name = withSpaces
            ? string.Concat(Enumerable.Repeat("Llanfairpwllgwyngyll Westbury ", 10))[..300]
            : new string('W', 300);

        var bytes = Renderer.Render(SampleReports.For(name.Trim()));

        AssertInsideMargins(bytes);
        Assert.Contains(Squash(name)[..40], Text(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_KoreanCityName_DrawsItWithNanumGothicInsideMargins()
    {
        // Hangul is drawn with the Korean font, so the letters exist and read back as Hangul.
        var bytes = Renderer.Render(SampleReports.For("아산시", "대한민국"));

        AssertInsideMargins(bytes);
        using var pdf = PdfDocument.Open(bytes);
        var hangul = pdf.GetPages().SelectMany(p => p.Letters).Where(l => l.Value is "아" or "산" or "시").ToList();
        Assert.NotEmpty(hangul);
        Assert.All(hangul, l => Assert.Contains("NanumGothic", l.FontName, StringComparison.Ordinal));
        Assert.Contains("아산시", Text(bytes), StringComparison.Ordinal);
        Assert.Contains("대한민국", Text(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleContent_SetsMetadata()
    {
        // Title, author, subject, creator, language and dates come from the content, not the clock.
        var document = SampleReports.For();

        using var pdf = PdfDocument.Open(Renderer.Render(document));

        Assert.Equal(document.Info.Title, pdf.Information.Title);
        Assert.Equal("Council of Europe Intercultural Cities Index service", pdf.Information.Author);
        Assert.Contains("Testville", pdf.Information.Subject, StringComparison.Ordinal);
        Assert.Equal(PdfReportRenderer.Creator, pdf.Information.Creator);
        Assert.Equal(Icc.Domain.Benchmarking.Sample.DefaultSample.Date, pdf.Information.GetCreatedDateTimeOffset());
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.TryGet<StringToken>(NameToken.Create("Lang"), out var language));
        Assert.Equal("en", language!.Data);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        Assert.Contains(document.Info.Title, xmp.GetXDocument().ToString(), StringComparison.Ordinal);
    }

    private static void AssertInsideMargins(byte[] bytes)
    {
        var frame = PdfReportRenderer.Frame;
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(frame.Width, page.Width, 0.01);
            Assert.Equal(frame.Height, page.Height, 0.01);
            Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), letter =>
            {
                // PDF space: the origin is the bottom-left corner.
                var box = letter.BoundingBox;
                Assert.True(box.Left >= frame.Margin - Tolerance, $"'{letter.Value}' left {box.Left} on page {page.Number}");
                Assert.True(box.Right <= frame.Width - frame.Margin + Tolerance, $"'{letter.Value}' right {box.Right} on page {page.Number}");
                Assert.True(box.Bottom >= frame.Margin - Tolerance, $"'{letter.Value}' bottom {box.Bottom} on page {page.Number}");
                Assert.True(box.Top <= frame.Height - frame.Margin + Tolerance, $"'{letter.Value}' top {box.Top} on page {page.Number}");
            });
        }
    }

    /// <summary>All page text without whitespace, so wrapped lines and table cells compare simply.</summary>
    private static string Text(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string TrailerId(byte[] bytes)
    {
        var tail = Encoding.ASCII.GetString(bytes[^400..]);
        var start = tail.LastIndexOf("/ID", StringComparison.Ordinal);
        Assert.True(start >= 0, "trailer has an /ID");
        return tail.Substring(start, 40);
    }
}
