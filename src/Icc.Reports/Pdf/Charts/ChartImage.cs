using System.Globalization;
using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Text;
using ScottPlot;
using SkiaSharp;

namespace Icc.Reports.Pdf.Charts;

/// <summary>
/// Draws a bar chart with ScottPlot to an image: one group of bars per category, one bar per series, values
/// on a fixed 0-100 axis, the legend below. Sizes are given in points and drawn at
/// <see cref="Dpi"/>, so the text in the image matches the report's type sizes when placed at that size.
/// </summary>
internal static class ChartImage
{
    /// <summary>Resolution of the image: sharp in print, about 40 KiB per chart once PDFsharp has deflated it.</summary>
    public const double Dpi = 200;

    private const double PointsPerInch = 72;
    private const double GroupWidth = 0.8;
    private const double ValueAxisEnd = 109;

    // ScottPlot keeps font state process-wide and is not safe to use from several threads: two reports drawn
    // at once with different fonts (Latin, Korean) got different pixels. Building and drawing one chart at a
    // time keeps the bytes a function of the chart alone (PdfReportRendererTests.Render_InParallel_...).
    private static readonly Lock DrawingGate = new();

    /// <summary>The image file (BMP) of <paramref name="chart"/> at a size in points.</summary>
    public static byte[] Image(BarChart chart, double width, double height)
    {
        lock (DrawingGate)
        {
            return Draw(chart, width, height);
        }
    }

    private static byte[] Draw(BarChart chart, double width, double height)
    {
        ChartFonts.EnsureRegistered();
        var horizontal = chart.Orientation == ChartOrientation.Horizontal;
        var labels = chart.Categories.Select(c => ChartLabels.Label(c, horizontal)).ToArray();
        var names = chart.Series.Select(s => ChartLabels.Label(s.Name, horizontal: true)).ToArray();

        var plot = new Plot { ScaleFactor = Dpi / PointsPerInch };
        plot.Font.Set(ChartFonts.FamilyFor(labels.Concat(names)));
        Style(plot, horizontal);
        AddBars(plot, chart, names, horizontal);
        Categories(plot, labels, horizontal);

        var scale = Dpi / PointsPerInch;
        return Encode(plot, (int)Math.Round(width * scale), (int)Math.Round(height * scale));
    }

    /// <summary>
    /// Draws on an opaque surface and stores the pixels as an uncompressed 24-bit BMP. The image only
    /// travels from here to PDFsharp, which decodes it and deflates the pixels into the PDF itself; a PNG
    /// would be deflated here and inflated again by PDFsharp's importer, which costs several times the
    /// drawing. The pixels, and so the PDF, are the same either way.
    /// </summary>
    private static byte[] Encode(Plot plot, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {width}x{height} surface.");
        surface.Canvas.Clear(SKColors.White);
        plot.Render(surface.Canvas, width, height);
        using var pixels = surface.PeekPixels();
        return Bitmap.Bgr24(pixels.GetPixelSpan(), width, height);
    }

    private static void AddBars(Plot plot, BarChart chart, string[] names, bool horizontal)
    {
        var count = chart.Categories.Count;
        var groups = 0;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var item = chart.Series[s];
            var color = ChartPalette.For(item.Role, item.Role == SeriesRole.Group ? groups++ : 0);
            var bars = new List<Bar>();
            for (var c = 0; c < count; c++)
            {
                if (Value(item, c) is not { } value)
                {
                    // Missing is drawn as no bar, never as a zero.
                    continue;
                }

                var (offset, size) = Place(chart, s, c);
                bars.Add(new Bar
                {
                    Position = Slot(c, count, horizontal) + (offset * (horizontal ? -1 : 1)),
                    Value = value,
                    Size = size * 0.92,
                    FillColor = color,
                    LineWidth = 0,
                    Label = value.ToString("0.#", CultureInfo.InvariantCulture),
                    Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = names[s];
            plottable.Horizontal = horizontal;
            plottable.ValueLabelStyle.FontSize = 7;
            plottable.ValueLabelStyle.ForeColor = ChartPalette.Ink;
        }
    }

    /// <summary>A series' value for a category, clamped to the axis; null when missing.</summary>
    private static double? Value(ChartSeries series, int category) =>
        category < series.Values.Count && series.Values[category] is { } v && double.IsFinite(v) ? Math.Clamp(v, 0, 100) : null;

    /// <summary>
    /// Where series <paramref name="series"/>'s bar sits in its category's group and how thick it is: only
    /// the series with a value there share the group, so a lone bar is centred on its label.
    /// </summary>
    private static (double Offset, double Size) Place(BarChart chart, int series, int category)
    {
        var present = Enumerable.Range(0, chart.Series.Count).Where(s => Value(chart.Series[s], category) is not null).ToList();
        var size = GroupWidth / Math.Max(2, present.Count);
        return ((present.IndexOf(series) - ((present.Count - 1) / 2.0)) * size, size);
    }

    private static void Categories(Plot plot, string[] labels, bool horizontal)
    {
        var positions = labels.Select((_, i) => Slot(i, labels.Length, horizontal)).ToArray();
        var axis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        axis.SetTicks(positions, labels);
        axis.MajorTickStyle.Length = 0;
        var categoryLimits = (-0.6, Math.Max(1, labels.Length) - 0.4);

        // The value axis reads 0 to 100 but runs a little further, so a bar at 100 keeps its value label.
        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        var step = horizontal ? 10 : 20;
        var ticks = Enumerable.Range(0, (100 / step) + 1).Select(i => (double)(i * step)).ToArray();
        valueAxis.SetTicks(ticks, [.. ticks.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        if (horizontal)
        {
            plot.Axes.SetLimits(0, ValueAxisEnd, categoryLimits.Item1, categoryLimits.Item2);
        }
        else
        {
            plot.Axes.SetLimits(categoryLimits.Item1, categoryLimits.Item2, 0, ValueAxisEnd);
        }
    }

    private static void Style(Plot plot, bool horizontal)
    {
        foreach (var axis in (IAxis[])[plot.Axes.Left, plot.Axes.Bottom])
        {
            axis.TickLabelStyle.FontSize = 8.5f;
            axis.TickLabelStyle.ForeColor = ChartPalette.Ink;
            axis.FrameLineStyle.Color = ChartPalette.Ink;
            axis.MinorTickStyle.Length = 0;
        }

        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = ChartPalette.Grid;
        if (horizontal)
        {
            plot.Grid.YAxisStyle.IsVisible = false;
        }
        else
        {
            plot.Grid.XAxisStyle.IsVisible = false;
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 8.5f;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Colors.Transparent;
    }

    /// <summary>Where a category's group of bars is centred; horizontal charts read top to bottom.</summary>
    private static double Slot(int index, int count, bool horizontal) => horizontal ? count - 1 - index : index;
}
