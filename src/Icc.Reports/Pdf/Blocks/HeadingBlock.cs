using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Blocks;

/// <summary>
/// Section headings (levels 1-3) and subheadings. Every line is kept with what follows, so a heading
/// never ends a page; a level-1 heading opens a page and is underlined with the accent colour.
/// </summary>
internal static class HeadingBlock
{
    private const double GapBelow = 6;
    private const double RuleGap = 4;

    /// <summary>The slices of a section heading; the first carries the mark the contents and bookmarks use.</summary>
    public static List<Slice> Section(LayoutContext context, HeadingMark mark)
    {
        var style = ReportStyles.Heading(mark.Level);
        var slices = Lines(context, Displayed(mark), style, ReportStyles.HeadingGap(mark.Level));
        slices[0] = slices[0] with { Heading = mark, PageBreakBefore = mark.Level == 1 };
        if (mark.Level == 1)
        {
            var last = slices[^1];
            var y = last.Height + RuleGap;
            List<DrawOp> ops = [.. last.Ops, new LineOp(0, y, context.Frame.ContentWidth, y, 1.2, ReportStyles.Accent)];
            slices[^1] = last with { Height = y + 1.2 + GapBelow, Ops = ops };
        }
        else
        {
            slices[^1] = slices[^1] with { Height = slices[^1].Height + (GapBelow / 2) };
        }

        return slices;
    }

    /// <summary>
    /// The heading as printed: top-level titles in capitals, as the published ICC reports set them (the
    /// bookmarks and running header keep the title as written).
    /// </summary>
    public static string Displayed(HeadingMark mark) => mark.Level == 1 ? mark.Title.ToUpperInvariant() : mark.Title;

    /// <summary>The slices of a minor heading inside a section body.</summary>
    public static List<Slice> Subheading(LayoutContext context, string text) =>
        Lines(context, text, ReportStyles.Subheading, ReportStyles.ParagraphGap * 1.5);

    private static List<Slice> Lines(LayoutContext context, string text, TextStyle style, double spaceBefore)
    {
        var width = context.Frame.ContentWidth;
        var lines = context.Lines(text, style, width);
        var slices = context.LineSlices(lines, style, 0, width, LineAlignment.Left);
        if (slices.Count == 0)
        {
            // An empty title still takes a line, so the contents entry has somewhere to point.
            slices.Add(new Slice(style.LineHeight, []));
        }

        for (var index = 0; index < slices.Count; index++)
        {
            slices[index] = slices[index] with { KeepWithNext = true, SpaceBefore = index == 0 ? spaceBefore : 0 };
        }

        return slices;
    }
}
