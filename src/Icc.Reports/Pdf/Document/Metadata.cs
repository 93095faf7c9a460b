using Icc.Domain.Reporting.Document;
using PdfSharp.Pdf;

namespace Icc.Reports.Pdf.Document;

/// <summary>Writes the document information and language; the dates are set by <see cref="DeterministicPdf"/>.</summary>
internal static class Metadata
{
    /// <summary>Copies <paramref name="info"/> into the PDF's information dictionary and catalog.</summary>
    public static void Apply(PdfDocument document, DocumentInfo info, string creator)
    {
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Keywords = info.Keywords;
        document.Info.Creator = creator;
        document.Language = info.Language;
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageMode = PdfPageMode.UseOutlines;
    }
}
