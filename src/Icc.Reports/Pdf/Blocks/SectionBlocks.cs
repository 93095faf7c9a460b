using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Layout;

namespace Icc.Reports.Pdf.Blocks;

/// <summary>Turns sections, recursively, into the slices the page flow places: heading, blocks, subsections.</summary>
internal static class SectionBlocks
{
    /// <summary>Deeper nesting is drawn at this level's style.</summary>
    private const int DeepestLevel = 3;

    /// <summary>The slices of the sections, in reading order.</summary>
    public static List<Slice> Slices(LayoutContext context, IEnumerable<ReportSection> sections, int level = 1)
    {
        var slices = new List<Slice>();
        foreach (var section in sections)
        {
            slices.AddRange(HeadingBlock.Section(context, new HeadingMark(section.Id, section.Title, Math.Min(level, DeepestLevel))));
            foreach (var block in section.Blocks)
            {
                slices.AddRange(Block(context, block));
            }

            slices.AddRange(Slices(context, section.Subsections, level + 1));
        }

        return slices;
    }

    private static List<Slice> Block(LayoutContext context, ReportBlock block) => block switch
    {
        Paragraph paragraph => ParagraphBlock.Slices(context, paragraph, 0, context.Frame.ContentWidth, ReportStyles.ParagraphGap),
        Subheading subheading => HeadingBlock.Subheading(context, subheading.Text),
        BulletList list => BulletListBlock.Slices(context, list),
        Table table => TableBlock.Slices(context, table),
        BarChart chart => ChartBlock.Slices(context, chart),
        _ => throw new NotSupportedException($"The PDF renderer cannot draw a {block.GetType().Name}."),
    };
}
