using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Blocks;

/// <summary>
/// A table: optional caption, a shaded header row that repeats on every page the table runs onto, and
/// rows whose cells wrap inside their column (figures flush right). A row taller than a page is split
/// between lines, so even a cell holding a whole essay stays inside the margins.
/// </summary>
internal static class TableBlock
{
    private const int HeaderMaxLines = 3;
    private const double CaptionGap = 4;

    /// <summary>The slices of the table.</summary>
    public static List<Slice> Slices(LayoutContext context, Table table)
    {
        if (table.Columns.Count == 0)
        {
            return [];
        }

        var widths = Widths(table.Columns, context.Frame.ContentWidth);
        var slices = new List<Slice>();
        if (!string.IsNullOrWhiteSpace(table.Caption))
        {
            var caption = context.LineSlices(context.Lines(table.Caption, ReportStyles.Caption, context.Frame.ContentWidth), ReportStyles.Caption, 0, context.Frame.ContentWidth, LineAlignment.Left);
            caption[^1] = caption[^1] with { Height = caption[^1].Height + CaptionGap };
            slices.AddRange(caption.Select((s, i) => s with { KeepWithNext = true, SpaceBefore = i == 0 ? ReportStyles.FigureGap : 0 }));
        }

        var header = HeaderRow(context, table.Columns, widths);
        slices.Add(header with { KeepWithNext = true, SpaceBefore = slices.Count == 0 ? ReportStyles.FigureGap : 0 });
        var budget = context.Frame.BodyHeight - header.Height;
        foreach (var row in table.Rows)
        {
            var cells = table.Columns.Select((_, i) => i < row.Count ? row[i] : string.Empty).ToList();
            slices.AddRange(BodyRow(context, table.Columns, widths, cells, budget).Select(s => s with { RepeatOnNewPage = header }));
        }

        slices[^1] = slices[^1] with { Height = slices[^1].Height + (ReportStyles.FigureGap / 2) };
        return slices;
    }

    /// <summary>Column widths sharing the content width in proportion to the columns' relative widths.</summary>
    private static double[] Widths(IReadOnlyList<TableColumnSpec> columns, double available)
    {
        // Non-positive or absurd weights would give a column no room; every column gets a fair minimum.
        var weights = columns.Select(c => double.IsFinite(c.Width) && c.Width > 0 ? c.Width : 1).ToArray();
        var total = weights.Sum();
        return weights.Select(w => available * w / total).ToArray();
    }

    private static Slice HeaderRow(LayoutContext context, IReadOnlyList<TableColumnSpec> columns, double[] widths)
    {
        var style = ReportStyles.TableHeader;
        var cells = columns.Select((c, i) => context.LinesAtMost(c.Header, style, Inner(widths[i]), HeaderMaxLines)).ToList();
        var height = (Math.Max(1, cells.Max(c => c.Count)) * style.LineHeight) + (2 * ReportStyles.CellPadding);
        var ops = new List<DrawOp> { new FillOp(0, 0, widths.Sum(), height, ReportStyles.Shade) };
        ops.AddRange(CellOps(context, columns, widths, cells, 0, int.MaxValue, style));
        ops.Add(new LineOp(0, height, widths.Sum(), height, 0.8, ReportStyles.Ink));
        return new Slice(height, ops);
    }

    private static IEnumerable<Slice> BodyRow(LayoutContext context, IReadOnlyList<TableColumnSpec> columns, double[] widths, IReadOnlyList<string> row, double budget)
    {
        var style = ReportStyles.TableCell;
        var cells = row.Select((text, i) => context.Lines(text, style, Inner(widths[i]))).ToList();
        var lines = Math.Max(1, cells.Max(c => c.Count));
        var perSlice = Math.Max(1, (int)((budget - (2 * ReportStyles.CellPadding)) / style.LineHeight));
        for (var first = 0; first < lines; first += perSlice)
        {
            var count = Math.Min(perSlice, lines - first);
            var height = (count * style.LineHeight) + (2 * ReportStyles.CellPadding);
            var ops = CellOps(context, columns, widths, cells, first, count, style);
            ops.Add(new LineOp(0, height, widths.Sum(), height, 0.4, ReportStyles.Hairline));
            yield return new Slice(height, ops);
        }
    }

    private static List<DrawOp> CellOps(LayoutContext context, IReadOnlyList<TableColumnSpec> columns, double[] widths, IReadOnlyList<List<TextLine>> cells, int first, int count, TextStyle style)
    {
        var ops = new List<DrawOp>();
        var x = 0d;
        for (var column = 0; column < columns.Count; column++)
        {
            var alignment = columns[column].Numeric ? LineAlignment.Right : LineAlignment.Left;
            var lines = cells[column].Skip(first).Take(count).ToList();
            for (var index = 0; index < lines.Count; index++)
            {
                var top = ReportStyles.CellPadding + (index * style.LineHeight);
                ops.AddRange(context.LineOps(lines[index], style, x + ReportStyles.CellPadding, Inner(widths[column]), top, alignment));
            }

            x += widths[column];
        }

        return ops;
    }

    private static double Inner(double width) => Math.Max(1, width - (2 * ReportStyles.CellPadding));
}
