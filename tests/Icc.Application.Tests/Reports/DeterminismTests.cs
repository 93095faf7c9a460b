using Icc.Domain.Reporting.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static Icc.Application.Tests.Reports.RenderedPdf;
using static Icc.Application.Tests.Reports.TestDocuments;

namespace Icc.Application.Tests.Reports;

public sealed class DeterminismTests
{
    private static ReportDocument Full() => Document(
        Section("November", [Filler("November", 12), WithFootnote("Note", "A note.", 4), Chart("one", 17), Table(40)], Section("Oscar", Chart("two", 4, ChartOrientation.Vertical), new BulletList([Filler("Item", 2)]))));

    [Fact]
    public void Render_SameDocumentBuiltTwice_GivesIdenticalBytes()
    {
        // Charts, fonts, IDs and dates included, the bytes depend on the document only.
        var first = Render(Full());
        var second = Render(Full());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_EveryKindOfBlock_KeepsEveryLetterAndImageInsideTheMargins()
    {
        // Headings, justified text, footnotes, lists, a long table and charts, on every page including cover and contents.
        AssertInsideMargins(Render(Full()));
    }

    [Fact]
    public void Render_DocumentInfo_IsTheMetadata()
    {
        // Title, author, subject, keywords, language and the date come from DocumentInfo, never the clock.
        using var pdf = PdfDocument.Open(Render(Full()));

        Assert.Equal(Info.Title, pdf.Information.Title);
        Assert.Equal(Info.Author, pdf.Information.Author);
        Assert.Equal(Info.Subject, pdf.Information.Subject);
        Assert.Equal(Info.Keywords, pdf.Information.Keywords);
        Assert.Equal(Info.Date, pdf.Information.GetCreatedDateTimeOffset());
        Assert.Equal(Info.Date, pdf.Information.GetModifiedDateTimeOffset());
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.TryGet<StringToken>(NameToken.Create("Lang"), out var language));
        Assert.Equal(Info.Language, language!.Data);
    }
}
