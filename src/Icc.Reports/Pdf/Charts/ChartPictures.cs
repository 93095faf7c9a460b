using Icc.Domain.Reporting.Document;
using PdfSharp.Drawing;

namespace Icc.Reports.Pdf.Charts;

/// <summary>
/// The images of every chart in a document, drawn and imported before layout starts. Charts are by far
/// the costliest part of a report (ScottPlot drawing, PDFsharp's image import) and each is independent
/// of the others: PDFsharp imports them in parallel, while ScottPlot draws one at a time (see
/// <see cref="ChartImage"/>). The result does not depend on the order.
/// </summary>
internal sealed class ChartPictures : IDisposable
{
    private readonly Dictionary<BarChart, (MemoryStream Stream, XImage Image)> pictures;

    private ChartPictures(Dictionary<BarChart, (MemoryStream, XImage)> pictures) => this.pictures = pictures;

    /// <summary>Draws and imports every chart of <paramref name="sections"/> at the size <paramref name="size"/> gives it.</summary>
    public static ChartPictures Prepare(IEnumerable<ReportSection> sections, Func<BarChart, (double Width, double Height)> size)
    {
        var charts = Collect(sections).Distinct(ReferenceEqualityComparer.Instance).Cast<BarChart>().ToList();
        var made = new (MemoryStream, XImage)[charts.Count];
        Parallel.For(0, charts.Count, index =>
        {
            var (width, height) = size(charts[index]);

            // PDFsharp may read the stream when the image is first drawn, so it lives as long as the image.
            var stream = new MemoryStream(ChartImage.Image(charts[index], width, height), writable: false);
            made[index] = (stream, XImage.FromStream(stream));
        });

        var pictures = new Dictionary<BarChart, (MemoryStream, XImage)>(ReferenceEqualityComparer.Instance);
        for (var index = 0; index < charts.Count; index++)
        {
            pictures.Add(charts[index], made[index]);
        }

        return new ChartPictures(pictures);
    }

    /// <summary>The image of a chart prepared here.</summary>
    public XImage For(BarChart chart) => this.pictures[chart].Image;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (stream, image) in this.pictures.Values)
        {
            image.Dispose();
            stream.Dispose();
        }
    }

    private static IEnumerable<BarChart> Collect(IEnumerable<ReportSection> sections) =>
        sections.SelectMany(s => s.Blocks.OfType<BarChart>().Concat(Collect(s.Subsections)));
}
