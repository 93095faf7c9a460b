using System.Globalization;
using Icc.Reports.Pdf.Blocks;
using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Document;

/// <summary>
/// The running header (document title left, section title right, a hairline under them) and footer
/// (author left, "Page N of M" right, a hairline above), each one line cut to its half of the width,
/// drawn in the bands the body never enters.
/// </summary>
internal static class RunningHeader
{
    private const double HalfGap = 12;

    /// <summary>What to draw in the header and footer bands of a page.</summary>
    public static List<DrawOp> Ops(LayoutContext context, string title, string? section, string author, int page, int pages)
    {
        var frame = context.Frame;
        var style = ReportStyles.Running;
        var half = (frame.ContentWidth - HalfGap) / 2;
        var ops = new List<DrawOp>();
        var headerTop = frame.Top;
        Line(context, ops, title, frame.Left, half, headerTop, LineAlignment.Left);
        Line(context, ops, section ?? string.Empty, frame.Right - half, half, headerTop, LineAlignment.Right);
        var headerRule = headerTop + style.LineHeight + 3;
        ops.Add(new LineOp(frame.Left, headerRule, frame.Right, headerRule, 0.4, ReportStyles.Hairline));

        var footerTop = frame.Bottom - style.LineHeight;
        ops.Add(new LineOp(frame.Left, footerTop - 4, frame.Right, footerTop - 4, 0.4, ReportStyles.Hairline));
        Line(context, ops, author, frame.Left, half, footerTop, LineAlignment.Left);
        var number = string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages}");
        Line(context, ops, number, frame.Right - half, half, footerTop, LineAlignment.Right);
        return ops;
    }

    private static void Line(LayoutContext context, List<DrawOp> ops, string text, double left, double width, double top, LineAlignment alignment)
    {
        foreach (var line in context.LinesAtMost(text, ReportStyles.Running, width, 1))
        {
            ops.AddRange(context.LineOps(line, ReportStyles.Running, left, width, top, alignment));
        }
    }
}
