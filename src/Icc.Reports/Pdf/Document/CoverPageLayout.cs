using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Blocks;
using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Document;

/// <summary>
/// The cover: an accent band, the title large, the subtitle, a short rule and the further lines, the
/// author at the foot. Every text has a line budget, so no title, however long, pushes anything off the page.
/// </summary>
internal static class CoverPageLayout
{
    private const double BandHeight = 6;
    private const double TitleTop = 160;
    private const int TitleLines = 4;
    private const int SubtitleLines = 3;
    private const int LineLines = 2;

    /// <summary>What to draw on the cover page.</summary>
    public static List<DrawOp> Ops(LayoutContext context, CoverPage cover, string author)
    {
        var frame = context.Frame;
        var ops = new List<DrawOp> { new FillOp(frame.Left, frame.Top, frame.ContentWidth, BandHeight, ReportStyles.Accent) };
        var footTop = frame.Bottom - ReportStyles.CoverLine.LineHeight;
        var y = frame.Top + TitleTop;
        y = Text(context, ops, cover.Title, ReportStyles.CoverTitle, TitleLines, y) + 10;
        y = Text(context, ops, cover.Subtitle, ReportStyles.CoverSubtitle, SubtitleLines, y) + 16;
        ops.Add(new LineOp(frame.Left, y, frame.Left + 72, y, 1.5, ReportStyles.Accent));
        y += 14;
        foreach (var line in cover.Lines)
        {
            if (y + (LineLines * ReportStyles.CoverLine.LineHeight) > footTop - 24)
            {
                break;
            }

            y = Text(context, ops, line, ReportStyles.CoverLine, LineLines, y);
        }

        Text(context, ops, author, ReportStyles.CoverLine, 1, footTop);
        return ops;
    }

    private static double Text(LayoutContext context, List<DrawOp> ops, string text, TextStyle style, int maxLines, double top)
    {
        var frame = context.Frame;
        foreach (var line in context.LinesAtMost(text, style, frame.ContentWidth, maxLines))
        {
            ops.AddRange(context.LineOps(line, style, frame.Left, frame.ContentWidth, top, LineAlignment.Left));
            top += style.LineHeight;
        }

        return top;
    }
}
