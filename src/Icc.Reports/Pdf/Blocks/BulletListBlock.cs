using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Blocks;

/// <summary>A bulleted list: the bullet in the indent, item text hanging at the indent on every line.</summary>
internal static class BulletListBlock
{
    private const double ItemGap = 3;

    /// <summary>The slices of the list.</summary>
    public static List<Slice> Slices(LayoutContext context, BulletList list)
    {
        var style = ReportStyles.Body;
        var bullet = context.Lines("\u2022", style, ReportStyles.BulletIndent)[0];
        var width = context.Frame.ContentWidth - ReportStyles.BulletIndent;
        var slices = new List<Slice>();
        for (var index = 0; index < list.Items.Count; index++)
        {
            var gap = index == 0 ? ReportStyles.ParagraphGap : ItemGap;
            var item = ParagraphBlock.Slices(context, list.Items[index], ReportStyles.BulletIndent, width, gap);
            if (item.Count == 0)
            {
                continue;
            }

            List<DrawOp> ops = [.. context.LineOps(bullet, style, ReportStyles.BulletIndent / 4, ReportStyles.BulletIndent, 0, LineAlignment.Left), .. item[0].Ops];
            item[0] = item[0] with { Ops = ops };
            slices.AddRange(item);
        }

        return slices;
    }
}
