using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Icc.Application.Tests.Reports;

/// <summary>Reads a rendered report back with PdfPig: page texts, headings by size, margins.</summary>
internal static class RenderedPdf
{
    // Glyph boxes come from font metrics; allow for rounding in PdfPig's arithmetic.
    private const double Tolerance = 0.5;

    /// <summary>Body text is 10 pt, headings 11 pt and up: letters above this size are headings.</summary>
    private const double HeadingSize = 10.5;

    /// <summary>The shared renderer.</summary>
    public static readonly PdfReportRenderer Renderer = new();

    /// <summary>Renders the document.</summary>
    public static byte[] Render(ReportDocument document) => Renderer.Render(document);

    /// <summary>Text without whitespace, so wrapped lines and table cells compare simply.</summary>
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Each page's text, squashed, in page order (index 0 is page 1).</summary>
    public static List<string> PageTexts(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return pdf.GetPages().Select(p => Squash(p.Text)).ToList();
    }

    /// <summary>The 1-based page on which <paramref name="title"/> is set in heading type, or 0.</summary>
    public static int HeadingPage(PdfDocument pdf, string title)
    {
        foreach (var page in pdf.GetPages().Skip(2))
        {
            var large = Squash(string.Concat(page.Letters.Where(l => l.PointSize > HeadingSize).Select(l => l.Value)));
            // Top-level headings are printed in capitals.
            if (large.Contains(Squash(title), StringComparison.OrdinalIgnoreCase))
            {
                return page.Number;
            }
        }

        return 0;
    }

    /// <summary>Asserts every visible letter and image of every page lies inside the page margins.</summary>
    public static void AssertInsideMargins(byte[] bytes)
    {
        var frame = PdfReportRenderer.Frame;
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(frame.Width, page.Width, 0.01);
            Assert.Equal(frame.Height, page.Height, 0.01);
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                AssertInside(letter.BoundingBox.Left, letter.BoundingBox.Right, letter.BoundingBox.Bottom, letter.BoundingBox.Top, $"'{letter.Value}' on page {page.Number}");
            }

            foreach (var image in page.GetImages())
            {
                AssertInside(image.BoundingBox.Left, image.BoundingBox.Right, image.BoundingBox.Bottom, image.BoundingBox.Top, $"image on page {page.Number}");
            }
        }
    }

    /// <summary>Letters of a page whose size is close to <paramref name="size"/>.</summary>
    public static IEnumerable<Letter> LettersOfSize(Page page, double size) => page.Letters.Where(l => Math.Abs(l.PointSize - size) < 0.3);

    private static void AssertInside(double left, double right, double bottom, double top, string what)
    {
        // PDF space: the origin is the bottom-left corner.
        var frame = PdfReportRenderer.Frame;
        Assert.True(left >= frame.Margin - Tolerance, $"{what}: left {left}");
        Assert.True(right <= frame.Width - frame.Margin + Tolerance, $"{what}: right {right}");
        Assert.True(bottom >= frame.Margin - Tolerance, $"{what}: bottom {bottom}");
        Assert.True(top <= frame.Height - frame.Margin + Tolerance, $"{what}: top {top}");
    }
}
