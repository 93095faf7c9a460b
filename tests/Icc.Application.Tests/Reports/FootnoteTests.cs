using Icc.Domain.Reporting.Document;
using UglyToad.PdfPig;
using static Icc.Application.Tests.Reports.RenderedPdf;
using static Icc.Application.Tests.Reports.TestDocuments;

namespace Icc.Application.Tests.Reports;

public sealed class FootnoteTests
{
    /// <summary>Superscript numbers are 62 % of the 10 pt body size.</summary>
    private const double SuperscriptSize = 6.2;

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(13)]
    [InlineData(21)]
    public void Render_FootnotesThroughTheDocument_TextSitsAtTheFootOfTheReferencePage(int fillerSentences)
    {
        // Nine footnotes in three sections, pushed to different places on their pages: each note is printed
        // below the body of the page that carries its number, numbered 1 to 9 in reading order.
        ReportBlock[] Blocks(int section) =>
        [
            .. Enumerable.Range(1, 3).SelectMany(i => (ReportBlock[])
            [
                Filler($"Filler{section}{i}", fillerSentences + (i * 5)),
                WithFootnote($"Para{section}{i}", $"Footnote text number {((section - 1) * 3) + i} explains the source.", 3),
            ]),
        ];
        var document = Document(Section("One", Blocks(1)), Section("Two", Blocks(2)), Section("Three", Blocks(3)));

        using var pdf = PdfDocument.Open(Render(document));

        for (var number = 1; number <= 9; number++)
        {
            var note = Squash($"Footnote text number {number} explains");
            var page = Assert.Single(pdf.GetPages(), p => Squash(p.Text).Contains(note, StringComparison.Ordinal));
            var superscripts = LettersOfSize(page, SuperscriptSize).Where(l => l.Value == number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var reference = Assert.Single(superscripts);
            var noteTop = page.Letters.Where(l => l.PointSize < 8 && l.PointSize > 7).Where(l => l.Value == "F").Min(l => l.BoundingBox.Top);
            Assert.True(reference.BoundingBox.Bottom > noteTop, $"footnote {number}'s reference is above its text on page {page.Number}");
            var lowestBody = LettersOfSize(page, 10).Min(l => l.BoundingBox.Bottom);
            Assert.True(lowestBody > noteTop, $"footnote {number} is below the body text on page {page.Number}");
        }
    }

    [Fact]
    public void Render_MoreFootnotesOnOneLineThanAPageHolds_CarriesTheRestOverInsideTheMargins()
    {
        // Forty long notes referenced from one short line: those that do not fit continue on the next pages, none is lost.
        var notes = Enumerable.Range(1, 40).Select(i => (Inline)new FootnoteRef($"Note{i:00}end " + string.Concat(Enumerable.Repeat("with a long explanation of its source ", 8)))).ToList();
        var document = Document(Section("Quebec", new Paragraph([new TextRun("Crowded"), .. notes]), Filler("After", 20)));

        var bytes = Render(document);

        AssertInsideMargins(bytes);
        var text = string.Concat(PageTexts(bytes));
        Assert.All(Enumerable.Range(1, 40), i => Assert.Contains($"Note{i:00}end", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_FootnoteLongerThanAPage_StaysInsideTheMargins()
    {
        // A footnote of several thousand words is cut short rather than pushed off the page.
        var note = string.Concat(Enumerable.Repeat("A very long footnote keeps on going. ", 600));
        var document = Document(Section("Notes", WithFootnote("Huge", note, 2), Filler("After", 30)));

        var bytes = Render(document);

        AssertInsideMargins(bytes);
        Assert.Contains(PageTexts(bytes), t => t.Contains("Averylongfootnote", StringComparison.Ordinal));
    }
}
