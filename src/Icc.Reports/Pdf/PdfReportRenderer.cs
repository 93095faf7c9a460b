using Icc.Domain.Reporting;
using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Blocks;
using Icc.Reports.Pdf.Charts;
using Icc.Reports.Pdf.Document;
using Icc.Reports.Pdf.Fonts;
using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;
using PdfSharp.Pdf;

namespace Icc.Reports.Pdf;

/// <summary>
/// Draws a <see cref="ReportDocument"/> as PDF with PDFsharp: cover, contents with page numbers,
/// bookmarks, running header and footer, headings, justified text with footnotes, tables and ScottPlot
/// charts. Layout (<see cref="ReportLayout"/>) decides every position before anything is drawn; this class
/// only draws the laid-out pages and saves them. The same document always gives the same bytes (see
/// <see cref="DeterministicPdf"/>).
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    /// <summary>The creating application in the PDF metadata.</summary>
    public const string Creator = "ICC Index service (Icc.Reports)";

    /// <summary>Creates the renderer and registers its fonts with PDFsharp (once per process).</summary>
    public PdfReportRenderer() => ReportFonts.EnsureRegistered();

    /// <summary>The page size and margins every report page uses.</summary>
    public static PageFrame Frame => PageFrame.A4;

    /// <inheritdoc />
    public string MediaType => "application/pdf";

    /// <inheritdoc />
    public byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var measurer = new Measurer();
        using var charts = ChartPictures.Prepare(document.Sections, chart => ChartBlock.Size(Frame, chart));
        var context = new LayoutContext(Frame, new Typesetter(new FontChooser(), measurer), charts);
        var pages = ReportLayout.Pages(context, document);

        using var pdf = new PdfDocument();
        Metadata.Apply(pdf, document.Info, Creator);
        PageWriter.Write(pdf, Frame, pages);
        Bookmarks.Add(pdf, pages);
        return DeterministicPdf.Save(pdf, document.Info.Date.UtcDateTime);
    }
}
