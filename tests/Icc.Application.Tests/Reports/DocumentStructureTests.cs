using System.Text.RegularExpressions;
using Icc.Domain.Reporting.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using static Icc.Application.Tests.Reports.RenderedPdf;
using static Icc.Application.Tests.Reports.TestDocuments;

namespace Icc.Application.Tests.Reports;

public sealed class DocumentStructureTests
{
    private static readonly string[] Titles = ["Alpha introduction", "Bravo methodology", "Bravo one", "Bravo two", "Bravo two detail", "Charlie overview", "Delta conclusions"];

    /// <summary>Sections of varied length, with subsections two levels deep, so headings land on many pages.</summary>
    private static readonly ReportDocument Nested = Document(
        Section("Alpha introduction", Filler("Alpha", 30), Filler("Alpha2", 12)),
        Section(
            "Bravo methodology",
            [Filler("Bravo", 8)],
            Section("Bravo one", Filler("BravoOne", 25)),
            Section("Bravo two", [Filler("BravoTwo", 6)], Section("Bravo two detail", Filler("Detail", 20)))),
        Section("Charlie overview", Filler("Charlie", 3)),
        Section("Delta conclusions", Filler("Delta", 40)));

    private static readonly byte[] Bytes = Render(Nested);

    [Fact]
    public void Render_NestedSections_HeadingsAppearInReadingOrder()
    {
        // Every section and subsection heading is set in heading type, each on a page no earlier than the one before.
        using var pdf = PdfDocument.Open(Bytes);

        var pages = Titles.Select(t => HeadingPage(pdf, t)).ToList();

        Assert.All(pages, p => Assert.True(p >= 3, "every heading is found after the cover and contents"));
        Assert.Equal(pages.Order().ToList(), pages);
    }

    [Fact]
    public void Render_NestedSections_ContentsListsEveryHeadingWithItsPage()
    {
        // The contents page gives, for each heading, the page on which the heading is actually set.
        using var pdf = PdfDocument.Open(Bytes);
        var contents = Squash(pdf.GetPage(2).Text);

        Assert.StartsWith("CONTENTS", Squash(string.Concat(pdf.GetPage(2).Letters.Where(l => l.PointSize > 10.5).Select(l => l.Value))), StringComparison.Ordinal);
        foreach (var title in Titles)
        {
            var page = HeadingPage(pdf, title);
            Assert.Matches(new Regex(Regex.Escape(Squash(title)) + page + "(?![0-9])", RegexOptions.IgnoreCase), contents);
        }
    }

    [Fact]
    public void Render_NestedSections_ContentsEntriesLinkToTheirPages()
    {
        // Clicking a contents entry jumps to the page its heading is on.
        using var pdf = PdfDocument.Open(Bytes);

        var links = pdf.GetPage(2).GetAnnotations().Where(a => a.Type == AnnotationType.Link).OrderByDescending(a => a.Rectangle.Top).ToList();

        Assert.Equal(Titles.Length, links.Count);
        for (var index = 0; index < Titles.Length; index++)
        {
            var goTo = Assert.IsAssignableFrom<AbstractGoToAction>(links[index].Action);
            Assert.Equal(HeadingPage(pdf, Titles[index]), goTo.Destination.PageNumber);
        }
    }

    [Fact]
    public void Render_NestedSections_BookmarksNestEverySectionAtItsPage()
    {
        // The outline has a bookmark per section, nested as the sections are, pointing at the heading's page.
        using var pdf = PdfDocument.Open(Bytes);

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Select(r => r.Title).ToList();
        Assert.Equal(["Contents", "Alpha introduction", "Bravo methodology", "Charlie overview", "Delta conclusions"], roots);
        var bravo = bookmarks.Roots.Single(r => r.Title == "Bravo methodology");
        Assert.Equal(["Bravo one", "Bravo two"], bravo.Children.Select(c => c.Title));
        Assert.Equal("Bravo two detail", Assert.Single(bravo.Children[1].Children).Title);
        foreach (var node in bookmarks.GetNodes().Where(n => n.Title != "Contents"))
        {
            var document = Assert.IsType<DocumentBookmarkNode>(node);
            Assert.Equal(HeadingPage(pdf, node.Title), document.PageNumber);
            var headingTop = pdf.GetPage(document.PageNumber).Letters.Where(l => l.PointSize > 10.5)
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
                .Single(line => string.Equals(string.Concat(line.Select(l => l.Value)), Squash(node.Title), StringComparison.OrdinalIgnoreCase))
                .Max(l => l.BoundingBox.Top);
            Assert.InRange(document.Destination.Coordinates.Top!.Value - headingTop, 0, 30);
        }
    }

    [Fact]
    public void Render_AnyDocument_EveryPageButTheCoverHasHeaderAndPageNofM()
    {
        // The running header names the document and the section; the footer numbers the page; the cover has neither.
        var texts = PageTexts(Bytes);

        Assert.DoesNotContain("Page1of", texts[0], StringComparison.Ordinal);
        for (var index = 1; index < texts.Count; index++)
        {
            Assert.Contains($"Page{index + 1}of{texts.Count}", texts[index], StringComparison.Ordinal);
            Assert.Contains(Squash(Info.Title), texts[index], StringComparison.Ordinal);
        }

        using var pdf = PdfDocument.Open(Bytes);
        var delta = HeadingPage(pdf, "Delta conclusions");
        Assert.Contains(Squash("DELTA CONCLUSIONS"), texts[delta - 1], StringComparison.Ordinal);
        Assert.Contains(Squash("Delta conclusions"), texts[delta - 1], StringComparison.Ordinal);

        // The section runs onto the next page, whose header still names it.
        Assert.Contains(Squash("Delta conclusions"), texts[delta], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TopLevelSection_StartsOnANewPage()
    {
        // A level-1 heading is the first body text of its page, even after a section that ends high on a page.
        using var pdf = PdfDocument.Open(Bytes);

        foreach (var title in (string[])["Alpha introduction", "Bravo methodology", "Charlie overview", "Delta conclusions"])
        {
            var page = pdf.GetPage(HeadingPage(pdf, title));
            var heading = page.Letters.Where(l => l.PointSize > 16).Max(l => l.BoundingBox.Top);
            var body = page.Letters.Where(l => l.PointSize is > 8 and < 16).Select(l => l.BoundingBox.Top).DefaultIfEmpty(0).Max();
            Assert.True(heading > body, $"'{title}' is above all body text on page {page.Number}");
        }
    }

    [Theory]
    [InlineData(40)]
    [InlineData(41)]
    [InlineData(42)]
    [InlineData(43)]
    [InlineData(44)]
    [InlineData(45)]
    public void Render_SubheadingNearPageEnd_MovesWithItsFirstLines(int fillerLines)
    {
        // Whatever room is left at the page bottom, a heading is never the last thing on its page.
        var filler = Enumerable.Range(0, fillerLines).Select(i => (ReportBlock)new Paragraph($"Line {i}")).ToArray();
        var document = Document(Section("Echo", [.. filler], Section("Foxtrot heading", Filler("Foxtrotbody", 6))));

        using var pdf = PdfDocument.Open(Render(document));
        var headingPage = HeadingPage(pdf, "Foxtrot heading");
        var bodyPage = pdf.GetPages().First(p => Squash(p.Text).Contains("FoxtrotbodyThecounciladopted", StringComparison.Ordinal)).Number;

        Assert.Equal(headingPage, bodyPage);
    }

    [Fact]
    public void Render_JustifiedParagraph_FullLinesEndAtTheRightMargin()
    {
        // Every line of a justified paragraph but its last reaches the right margin; the last stops short.
        using var pdf = PdfDocument.Open(Render(Document(Section("Golf", Filler("Golf", 8)))));
        var page = pdf.GetPage(3);
        var lines = LettersOfSize(page, 10).GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).ToList();
        var right = Icc.Reports.Pdf.PdfReportRenderer.Frame.Right;

        Assert.True(lines.Count >= 4);
        Assert.All(lines.SkipLast(1), line => Assert.Equal(right, line.Max(l => l.EndBaseLine.X), 0.5));
        Assert.True(lines[^1].Max(l => l.EndBaseLine.X) < right - 20);
    }
}
