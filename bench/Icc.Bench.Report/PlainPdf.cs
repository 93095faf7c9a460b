using Icc.Domain.Reporting.Document;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Icc.Bench.Report;

/// <summary>
/// The baseline: the document's text drawn with bare PDFsharp calls, one DrawString per fixed-length
/// line, no measuring, wrapping, footnotes, tables or charts. Uses the renderer's font resolver, which
/// <see cref="Icc.Reports.Pdf.PdfReportRenderer"/>'s constructor registers.
/// </summary>
internal static class PlainPdf
{
    private const int LineLength = 95;
    private const double LineHeight = 14.5;
    private const double Margin = 57;

    /// <summary>The PDF of the document's text.</summary>
    public static byte[] Render(ReportDocument document)
    {
        using var pdf = new PdfDocument();
        var font = new XFont("DejaVu Sans", 10, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        XGraphics? graphics = null;
        var y = double.MaxValue;
        foreach (var text in Texts(document.Sections))
        {
            for (var start = 0; start < text.Length; start += LineLength)
            {
                if (graphics is null || y > 842 - Margin)
                {
                    graphics?.Dispose();
                    graphics = XGraphics.FromPdfPage(pdf.AddPage());
                    y = Margin;
                }

                graphics.DrawString(text.Substring(start, Math.Min(LineLength, text.Length - start)), font, XBrushes.Black, Margin, y);
                y += LineHeight;
            }
        }

        graphics?.Dispose();
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>The number of pages in a PDF.</summary>
    public static int Pages(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var pdf = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return pdf.PageCount;
    }

    private static IEnumerable<string> Texts(IEnumerable<ReportSection> sections)
    {
        foreach (var section in sections)
        {
            yield return section.Title;
            foreach (var block in section.Blocks)
            {
                var texts = block switch
                {
                    Paragraph p => [p.PlainText],
                    Subheading s => [s.Text],
                    BulletList l => l.Items.Select(i => i.PlainText),
                    Table t => t.Rows.Select(r => string.Join("  ", r)),
                    BarChart c => [c.Title],
                    _ => [],
                };
                foreach (var text in texts)
                {
                    yield return text;
                }
            }

            foreach (var text in Texts(section.Subsections))
            {
                yield return text;
            }
        }
    }
}
