using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf;
using UglyToad.PdfPig;
using static Icc.Application.Tests.Reports.RenderedPdf;
using static Icc.Application.Tests.Reports.TestDocuments;

namespace Icc.Application.Tests.Reports;

public sealed class TableAndChartTests
{
    [Fact]
    public void Render_LongTable_BreaksAcrossPagesWithTheHeaderOnEach()
    {
        // 150 rows run over several pages; every page with rows repeats the header, and every row appears once, in order.
        var bytes = Render(Document(Section("Hotel", Filler("Hotel", 4), Table(150))));
        var texts = PageTexts(bytes);

        var withRows = texts.Where(t => t.Contains("row-", StringComparison.Ordinal)).ToList();
        Assert.True(withRows.Count >= 3, $"the table spans {withRows.Count} pages");
        Assert.All(withRows, t => Assert.Contains("ZoneheaderScoreheader", t, StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains(Squash("Table 1. Rates"), StringComparison.Ordinal));
        var all = string.Concat(withRows);
        var positions = Enumerable.Range(1, 150).Select(i => all.IndexOf($"row-{i:000}with", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order().ToList(), positions);
        AssertInsideMargins(bytes);
    }

    [Fact]
    public void Render_NumericColumn_IsFlushRightAndTextColumnFlushLeft()
    {
        // Figures line up on the right edge of their column; labels start at the left of theirs.
        using var pdf = PdfDocument.Open(Render(Document(Section("India", Table(5)))));
        var page = pdf.GetPage(3);
        var frame = PdfReportRenderer.Frame;

        var figures = page.GetWords().Where(w => w.Text.All(char.IsAsciiDigit) && Math.Abs(w.Letters[0].PointSize - 8.5) < 0.1).ToList();
        Assert.Equal(5, figures.Count);
        Assert.All(figures, w => Assert.Equal(frame.Right - 4, w.BoundingBox.Right, 1.0));
        var labels = page.GetWords().Where(w => w.Text.StartsWith("row-", StringComparison.Ordinal)).ToList();
        Assert.All(labels, w => Assert.Equal(frame.Left + 4, w.BoundingBox.Left, 1.0));
    }

    [Fact]
    public void Render_NumberWithDigitGroups_NeverBreaksBetweenTheGroups()
    {
        // "500 000" in a column too narrow for the whole header wraps before the number, not inside it.
        var table = new Table([new TableColumnSpec("Area", 6), new TableColumnSpec("Cities < 500 000", 1, Numeric: true)], [["Commitment", "7"]]);

        using var pdf = PdfDocument.Open(Render(Document(Section("Papa", table))));
        var digits = pdf.GetPage(3).Letters.Where(l => l.Value is "5" or "0" && Math.Abs(l.PointSize - 8.5) < 0.1).ToList();

        Assert.Equal(6, digits.Count);
        Assert.Single(digits.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct());
    }

    [Fact]
    public void Render_Charts_AreImagesAsWideAsTheText()
    {
        // Each bar chart is one image, sized to the content width, with its title as text above it.
        var document = Document(Section("Juliet", Chart("overview", 17), Filler("Juliet", 3), Chart("area", 4, ChartOrientation.Vertical), Chart("third", 6)));

        using var pdf = PdfDocument.Open(Render(document));
        var images = pdf.GetPages().SelectMany(p => p.GetImages()).ToList();

        Assert.Equal(3, images.Count);
        Assert.All(images, i => Assert.Equal(PdfReportRenderer.Frame.ContentWidth, i.BoundingBox.Width, 0.5));
        Assert.All(images, i => Assert.True(i.WidthInSamples >= PdfReportRenderer.Frame.ContentWidth * 2.5, "about 200 dpi"));
        Assert.Contains(Squash("Chart overview"), string.Concat(PageTexts(Render(document))), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChartWithMissingValuesAndOddLabels_DrawsWithoutError()
    {
        // Missing values, values outside 0-100, a series shorter than the categories and hostile labels still draw.
        var chart = new BarChart(
            "odd",
            "Odd chart",
            ["아산시", new string('W', 400), "Line\nbreak\u0007", "😀"],
            [
                new ChartSeries("Город", SeriesRole.City, [null, 150, -5, double.NaN]),
                new ChartSeries("Group", SeriesRole.Group, [10]),
                new ChartSeries("Empty", SeriesRole.Sample, []),
            ],
            ChartOrientation.Vertical);

        var bytes = Render(Document(Section("Kilo", chart)));

        using var pdf = PdfDocument.Open(bytes);
        Assert.Single(pdf.GetPages().SelectMany(p => p.GetImages()));
        AssertInsideMargins(bytes);
    }
}
