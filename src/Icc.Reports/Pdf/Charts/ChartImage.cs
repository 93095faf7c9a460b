using System.Globalization;
using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Text;
using ScottPlot;

namespace Icc.Reports.Pdf.Charts;

/// <summary>
/// Draws a bar chart with ScottPlot to a PNG: one group of bars per category, one bar per series, values
/// on a fixed 0-100 axis, the legend below. Sizes are given in points and drawn at
/// <see cref="Dpi"/>, so the text in the image matches the report's type sizes when placed at that size.
/// </summary>
internal static class ChartImage
{
    /// <summary>Resolution of the image; sharp in print, a few hundred kilobytes per chart at most.</summary>
    public const double Dpi = 200;

    private const double PointsPerInch = 72;
    private const int LabelLength = 48;
    private const double GroupWidth = 0.8;

    /// <summary>The PNG of <paramref name="chart"/> at a size in points.</summary>
    public static byte[] Png(BarChart chart, double width, double height)
    {
        ChartFonts.EnsureRegistered();
        var horizontal = chart.Orientation == ChartOrientation.Horizontal;
        var labels = chart.Categories.Select(c => Label(c, horizontal)).ToArray();
        var names = chart.Series.Select(s => Label(s.Name, horizontal: true)).ToArray();

        var plot = new Plot { ScaleFactor = Dpi / PointsPerInch };
        plot.Font.Set(ChartFonts.FamilyFor(labels.Concat(names)));
        Style(plot, horizontal);
        AddBars(plot, chart, names, horizontal);
        Categories(plot, labels, horizontal);

        var scale = Dpi / PointsPerInch;
        return plot.GetImageBytes((int)Math.Round(width * scale), (int)Math.Round(height * scale), ImageFormat.Png);
    }

    private static void AddBars(Plot plot, BarChart chart, string[] names, bool horizontal)
    {
        var count = chart.Categories.Count;
        var series = Math.Max(1, chart.Series.Count);
        var size = GroupWidth / series;
        var groups = 0;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var item = chart.Series[s];
            var color = ChartPalette.For(item.Role, item.Role == SeriesRole.Group ? groups++ : 0);
            var bars = new List<Bar>();
            for (var c = 0; c < count; c++)
            {
                var value = c < item.Values.Count ? item.Values[c] : null;
                if (value is not { } v || !double.IsFinite(v))
                {
                    // Missing is drawn as no bar, never as a zero.
                    continue;
                }

                var clamped = Math.Clamp(v, 0, 100);
                bars.Add(new Bar
                {
                    Position = Slot(c, count, horizontal) + ((s - ((series - 1) / 2.0)) * size * (horizontal ? -1 : 1)),
                    Value = clamped,
                    Size = size * 0.92,
                    FillColor = color,
                    LineWidth = 0,
                    Label = clamped.ToString("0", CultureInfo.InvariantCulture),
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

    private static void Categories(Plot plot, string[] labels, bool horizontal)
    {
        var positions = labels.Select((_, i) => Slot(i, labels.Length, horizontal)).ToArray();
        var axis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        axis.SetTicks(positions, labels);
        axis.MajorTickStyle.Length = 0;
        var categoryLimits = (-0.6, Math.Max(1, labels.Length) - 0.4);
        if (horizontal)
        {
            plot.Axes.SetLimits(0, 100, categoryLimits.Item1, categoryLimits.Item2);
        }
        else
        {
            plot.Axes.SetLimits(categoryLimits.Item1, categoryLimits.Item2, 0, 100);
        }
    }

    private static void Style(Plot plot, bool horizontal)
    {
        foreach (var axis in (IAxis[])[plot.Axes.Left, plot.Axes.Bottom])
        {
            axis.TickLabelStyle.FontSize = 8.5f;
            axis.TickLabelStyle.ForeColor = ChartPalette.Ink;
            axis.FrameLineStyle.Color = ChartPalette.Ink;
        }

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

    /// <summary>A label cleaned and shortened; vertical charts wrap it to stay under its own bars.</summary>
    private static string Label(string text, bool horizontal)
    {
        var clean = TextCleaner.Clean(text).Trim();
        if (clean.Length > LabelLength)
        {
            clean = string.Concat(clean.AsSpan(0, char.IsHighSurrogate(clean[LabelLength - 1]) ? LabelLength - 2 : LabelLength - 1), "\u2026");
        }

        return horizontal ? clean : Wrap(clean, 16);
    }

    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        lines.Add(line);
        return string.Join('\n', lines);
    }
}
