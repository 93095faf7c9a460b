using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Blocks;

/// <summary>
/// A bar chart: its title as real text (searchable, selectable) kept with the chart image below it, the
/// image as wide as the text column and tall enough for every bar to carry a legible label.
/// </summary>
internal static class ChartBlock
{
    private const double BarHeight = 8;
    private const double GroupGap = 5;
    private const double AxisAndLegend = 64;
    private const double VerticalHeight = 230;
    private const double TitleGap = 4;
    private const int TitleLines = 3;

    /// <summary>The slices of the chart.</summary>
    public static List<Slice> Slices(LayoutContext context, BarChart chart)
    {
        var (width, height) = Size(context.Frame, chart);
        var title = context.LineSlices(context.LinesAtMost(chart.Title, ReportStyles.Caption, width, TitleLines), ReportStyles.Caption, 0, width, LineAlignment.Left);
        var image = new Slice(height + (ReportStyles.FigureGap / 2), [new ImageOp(0, 0, width, height, context.Charts.For(chart))]);

        var slices = title.Select((s, i) => s with { KeepWithNext = true, SpaceBefore = i == 0 ? ReportStyles.FigureGap : 0 }).ToList();
        if (slices.Count > 0)
        {
            slices[^1] = slices[^1] with { Height = slices[^1].Height + TitleGap };
        }

        slices.Add(image with { SpaceBefore = slices.Count == 0 ? ReportStyles.FigureGap : 0 });
        return slices;
    }

    /// <summary>
    /// The chart image's size: the text width, and a height that leaves room on one page for the longest
    /// possible title above it.
    /// </summary>
    public static (double Width, double Height) Size(PageFrame frame, BarChart chart)
    {
        var room = frame.BodyHeight - (TitleLines * ReportStyles.Caption.LineHeight) - TitleGap - ReportStyles.FigureGap;
        return (frame.ContentWidth, Math.Min(Height(chart), room));
    }

    private static double Height(BarChart chart)
    {
        if (chart.Orientation == ChartOrientation.Vertical)
        {
            return VerticalHeight;
        }

        var bars = Math.Max(1, chart.Series.Count) * BarHeight;
        return Math.Max(140, (chart.Categories.Count * (bars + GroupGap)) + AxisAndLegend);
    }
}
