using System.Globalization;
using Icc.Domain.Reporting;
using Icc.Reports.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Icc.Reports.Pdf;

/// <summary>
/// A first PDF report: headline figures and a table of areas against the sample. Deterministic: the same
/// content gives the same bytes (fixed dates and document id derived from the content).
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    private const double Margin = 56;

    /// <inheritdoc />
    public string MediaType => "application/pdf";

    /// <inheritdoc />
    public byte[] Render(ReportContent content)
    {
        ReportFontResolver.EnsureInstalled();
        var id = DocumentId(content);
        using var document = new PdfDocument();
        Describe(document, content, id);
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, page, content);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return RepeatablePdf.Normalise(stream.ToArray(), id);
    }

    // The same content always names the same document.
    private static Guid DocumentId(ReportContent content) => new(System.Security.Cryptography.SHA256.HashData(
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(content, Icc.Domain.Json.IccJson.Options)).AsSpan(0, 16));

    private static void Describe(PdfDocument document, ReportContent content, Guid id)
    {
        var date = content.Sample?.ComputedAt.UtcDateTime ?? new DateTime(content.Year, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        document.Info.Title = content.Title;
        document.Info.Author = "Council of Europe Intercultural Cities Index service";
        document.Info.Subject = $"Intercultural Cities Index analysis of {content.CityName}, {content.Year}";
        document.Info.Creator = "ICC Index service";
        document.Info.CreationDate = date;
        document.Info.ModificationDate = date;
        document.Language = content.Language;

        document.Internals.FirstDocumentID = id.ToString("N").ToUpperInvariant();
        document.Internals.SecondDocumentID = id.ToString("N").ToUpperInvariant();
    }

    private static void Draw(XGraphics gfx, PdfPage page, ReportContent content)
    {
        var width = page.Width.Point - (2 * Margin);
        var y = Margin;
        y = Paragraph(gfx, content.Title, 18, bold: true, Margin, y, width) + 10;
        y = Paragraph(gfx, $"{content.CityName}, {content.Country} · questionnaire {content.QuestionnaireId}", 10, false, Margin, y, width) + 14;
        y = Paragraph(gfx, $"Intercultural Cities Index: {Show(content.Index)} (extended index: {Show(content.ExtendedIndex)})", 12, true, Margin, y, width);
        y = Paragraph(gfx, $"Intercultural lens: {Show(content.Lens)}", 12, true, Margin, y, width) + 6;
        y = Paragraph(gfx, SampleSentence(content.Sample), 10, false, Margin, y, width) + 14;

        var columns = new[] { width * 0.55, width * 0.15, width * 0.15, width * 0.15 };
        y = Row(gfx, ["Area", "Rate", "Extended", "Sample"], columns, y, bold: true);
        foreach (var area in content.Areas)
        {
            y = Row(gfx, [area.Name, Show(area.Rate), Show(area.ExtendedRate), area.SampleRate?.ToString("0", CultureInfo.InvariantCulture) ?? "-"], columns, y, bold: false);
        }
    }

    private static string SampleSentence(SampleInfo? sample) => sample is null
        ? "No benchmark sample has been computed yet, so the rates are not compared with other cities."
        : $"Compared with a sample of {sample.Cities} cities (benchmark {sample.Version}, {sample.ComputedAt:d MMMM yyyy}).";

    private static double Row(XGraphics gfx, string[] cells, double[] widths, double y, bool bold)
    {
        var x = Margin;
        var bottom = y;
        for (var i = 0; i < cells.Length; i++)
        {
            bottom = Math.Max(bottom, Paragraph(gfx, cells[i], 10, bold, x, y, widths[i] - 6));
            x += widths[i];
        }

        gfx.DrawLine(XPens.LightGray, Margin, bottom + 2, Margin + widths.Sum(), bottom + 2);
        return bottom + 6;
    }

    // Draws wrapped text in a box and returns the y below it.
    private static double Paragraph(XGraphics gfx, string text, double size, bool bold, double x, double y, double width)
    {
        var family = ReportFontResolver.NeedsKorean(text) ? ReportFontResolver.Korean : ReportFontResolver.Sans;
        var font = new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
        var lines = Wrap(gfx, text, font, width);
        var lineHeight = size * 1.3;
        var formatter = new XTextFormatter(gfx);
        for (var i = 0; i < lines.Count; i++)
        {
            formatter.DrawString(lines[i], font, XBrushes.Black, new XRect(x, y + (i * lineHeight), width, lineHeight), XStringFormats.TopLeft);
        }

        return y + (lines.Count * lineHeight);
    }

    // Greedy wrapping by measured width; a word longer than the line is broken by characters.
    private static List<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (gfx.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (gfx.MeasureString(line, font).Width > width && line.Length > 1)
            {
                var cut = line.Length - 1;
                while (cut > 1 && gfx.MeasureString(line[..cut], font).Width > width)
                {
                    cut--;
                }

                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        lines.Add(line);
        return lines;
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
