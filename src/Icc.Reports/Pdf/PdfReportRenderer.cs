using System.Globalization;
using Icc.Domain.Reporting;
using Icc.Reports.Pdf.Fonts;
using Icc.Reports.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Icc.Reports.Pdf;

/// <summary>
/// Draws a short ICC report with PDFsharp: the city, its aggregate figures, one table row per area and
/// what it is compared with. What goes on the page is decided here; how blocks are laid out lives in
/// <see cref="PageFlow"/>. The same content always gives the same bytes (see <see cref="DeterministicPdf"/>).
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    /// <summary>The document author in the PDF metadata.</summary>
    public const string Author = "Council of Europe Intercultural Cities Index service";

    /// <summary>The creating application in the PDF metadata.</summary>
    public const string Creator = "ICC Index service (Icc.Reports)";

    private const string Missing = "-";

    /// <summary>Creates the renderer and registers its fonts with PDFsharp (once per process).</summary>
    public PdfReportRenderer() => ReportFonts.EnsureRegistered();

    /// <summary>The page size and margins every report page uses.</summary>
    public static PageFrame Frame => PageFrame.A4;

    /// <inheritdoc />
    public string MediaType => "application/pdf";

    /// <inheritdoc />
    public byte[] Render(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var document = new PdfDocument();
        Describe(document, content);

        using (var flow = new PageFlow(document, Frame, ReportStyles.FooterBand))
        {
            DrawHeader(flow, content);
            DrawFigures(flow, content);
            DrawAreas(flow, content);
            DrawSample(flow, content.Sample);
            flow.Finish(Author, ReportStyles.Footer);
        }

        return DeterministicPdf.Save(document, Timestamp(content));
    }

    private static void Describe(PdfDocument document, ReportContent content)
    {
        document.Info.Title = content.Title;
        document.Info.Author = Author;
        document.Info.Subject = $"Intercultural Cities Index {content.Year} for {content.CityName}, {content.Country} (questionnaire {content.QuestionnaireId})";
        document.Info.Keywords = "Intercultural Cities; ICC Index";
        document.Info.Creator = Creator;
        document.Language = content.Language;
        document.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <summary>
    /// The document's date: when the sample was computed, else 1 January of the index year. Never the
    /// clock, so that rendering again gives the same bytes.
    /// </summary>
    private static DateTime Timestamp(ReportContent content) =>
        content.Sample?.ComputedAt.UtcDateTime
        ?? new DateTime(Math.Clamp(content.Year, 1, 9999), 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static void DrawHeader(PageFlow flow, ReportContent content)
    {
        flow.Paragraph(content.Title, ReportStyles.Title, spaceAfter: 6);
        flow.Paragraph($"{content.CityName}, {content.Country}", ReportStyles.Subtitle, spaceAfter: 2);
        flow.Paragraph(
            $"Index year {content.Year.ToString(CultureInfo.InvariantCulture)}  ·  Questionnaire {content.QuestionnaireId}",
            ReportStyles.Note,
            spaceAfter: 8);
        flow.Rule(1, ReportStyles.Accent, spaceAfter: 14);
    }

    private static void DrawFigures(PageFlow flow, ReportContent content)
    {
        flow.EnsureRoom(90);
        flow.Paragraph("Aggregate figures", ReportStyles.Heading, spaceAfter: 4);
        TableColumn[] columns =
        [
            new("Figure", 0),
            new("Score (0-100)", ReportStyles.FigureColumn, XStringAlignment.Far),
        ];
        IReadOnlyList<string>[] rows =
        [
            ["Intercultural Cities Index", Figure(content.Index)],
            ["Extended index", Figure(content.ExtendedIndex)],
            ["Intercultural lens", Figure(content.Lens)],
        ];
        flow.Table(columns, rows, ReportStyles.TableHeader, ReportStyles.Body, ReportStyles.Hairline);
        flow.Space(16);
    }

    private static void DrawAreas(PageFlow flow, ReportContent content)
    {
        flow.EnsureRoom(80);
        flow.Paragraph("Areas", ReportStyles.Heading, spaceAfter: 4);
        TableColumn[] columns =
        [
            new("Area", 0),
            new("City rate", ReportStyles.FigureColumn, XStringAlignment.Far),
            new("Extended rate", ReportStyles.FigureColumn, XStringAlignment.Far),
            new("Sample rate", ReportStyles.FigureColumn, XStringAlignment.Far),
        ];
        var rows = content.Areas.Select(a => (IReadOnlyList<string>)[a.Name, Figure(a.Rate), Figure(a.ExtendedRate), Figure(a.SampleRate)]);
        flow.Table(columns, rows, ReportStyles.TableHeader, ReportStyles.Body, ReportStyles.Hairline);
        flow.Space(6);
        flow.Paragraph(
            "Rates are the share of the area's points the city earned (0-100, truncated). \"-\" marks an area outside " +
            "the original index, an area with no answered question, or a missing sample figure.",
            ReportStyles.Note,
            spaceAfter: 12);
    }

    private static void DrawSample(PageFlow flow, SampleInfo? sample)
    {
        flow.EnsureRoom(40);
        flow.Paragraph("Comparison sample", ReportStyles.Heading, spaceAfter: 4);
        if (sample is null)
        {
            flow.Paragraph(
                "No benchmark sample exists yet, so the city is not compared with other cities and the sample column shows \"-\".",
                ReportStyles.Body);
            return;
        }

        var cities = sample.Cities == 1 ? "1 city" : $"{sample.Cities.ToString(CultureInfo.InvariantCulture)} cities";
        var date = sample.ComputedAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        flow.Paragraph(
            $"Sample rates come from a sample of {cities}: benchmark snapshot {sample.Version}, computed on {date}.",
            ReportStyles.Body);
    }

    private static string Figure(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? Missing;

    private static string Figure(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? Missing;
}
