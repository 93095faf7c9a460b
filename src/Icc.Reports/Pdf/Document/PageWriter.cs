using System.Globalization;
using Icc.Reports.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Icc.Reports.Pdf.Document;

/// <summary>Draws laid-out pages into a PDF document: their ops, then their links. Nothing is measured here.</summary>
internal static class PageWriter
{
    /// <summary>Adds one PDF page per laid-out page.</summary>
    public static void Write(PdfDocument pdf, PageFrame frame, IEnumerable<LaidOutPage> pages)
    {
        foreach (var page in pages)
        {
            var pdfPage = pdf.AddPage();
            pdfPage.Width = XUnit.FromPoint(frame.Width);
            pdfPage.Height = XUnit.FromPoint(frame.Height);
            using (var graphics = XGraphics.FromPdfPage(pdfPage))
            {
                foreach (var op in page.Ops)
                {
                    op.Draw(graphics);
                }
            }

            foreach (var link in page.Links)
            {
                AddLink(pdfPage, frame, link, pdf.PageCount);
            }
        }
    }

    private static void AddLink(PdfPage page, PageFrame frame, PageLink link, int pageNumber)
    {
        // Annotations take PDF space: origin at the bottom-left corner, y upwards.
        var area = new XRect(link.X, frame.Height - link.Y - link.Height, link.Width, link.Height);
        var annotation = page.AddDocumentLink(new PdfRectangle(area), link.Page);

        // PDFsharp stamps each annotation with the clock (/M) and a random name (/NM); the bytes must depend
        // on the document only, so the date goes (it is optional) and the name says where the link is.
        annotation.Elements.Remove("/M");
        annotation.Elements.SetString("/NM", string.Create(CultureInfo.InvariantCulture, $"link-{pageNumber}-{area.Y:0.##}"));
    }
}
