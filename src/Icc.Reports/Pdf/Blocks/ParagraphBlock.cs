using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Blocks;

/// <summary>Running text: justified lines, one slice each, never one line alone at a page's top or bottom.</summary>
internal static class ParagraphBlock
{
    /// <summary>The slices of a paragraph set at <paramref name="left"/> with a width.</summary>
    public static List<Slice> Slices(LayoutContext context, Paragraph paragraph, double left, double width, double spaceBefore)
    {
        var lines = context.Lines(paragraph.Content, ReportStyles.Body, width);
        var slices = context.LineSlices(lines, ReportStyles.Body, left, width, LineAlignment.Justify);
        return KeepEnds(slices, spaceBefore);
    }

    /// <summary>
    /// Keeps the first two lines together and the last two together (no orphan or widow line), and puts
    /// the paragraph's space above its first line.
    /// </summary>
    public static List<Slice> KeepEnds(List<Slice> slices, double spaceBefore)
    {
        var count = slices.Count;
        for (var index = 0; index < count; index++)
        {
            slices[index] = slices[index] with
            {
                SpaceBefore = index == 0 ? spaceBefore : 0,
                KeepWithNext = (index == 0 && count > 1) || (index == count - 2 && count > 2),
            };
        }

        return slices;
    }
}
