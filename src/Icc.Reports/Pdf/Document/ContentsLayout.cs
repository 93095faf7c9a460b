using System.Globalization;
using Icc.Reports.Pdf.Blocks;
using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Document;

/// <summary>A heading listed on the contents page, with the page it starts on.</summary>
/// <param name="Mark">The heading.</param>
/// <param name="Page">1-based page number in the whole document.</param>
internal sealed record ContentsEntry(HeadingMark Mark, int Page);

/// <summary>
/// The contents page: every section and subsection indented by level, a dotted leader and the page
/// number flush right. Entry heights do not depend on the numbers (the number column has a fixed
/// width), so the pages it takes are known before the numbers are.
/// </summary>
internal static class ContentsLayout
{
    /// <summary>The contents heading, also a bookmark.</summary>
    public static readonly HeadingMark Heading = new("contents", "Contents", 1);

    private const double LevelIndent = 14;
    private const double NumberWidth = 30;
    private const double LeaderGap = 4;
    private const int EntryLines = 3;

    /// <summary>The slices of the contents.</summary>
    public static List<Slice> Slices(LayoutContext context, IEnumerable<ContentsEntry> entries)
    {
        var slices = HeadingBlock.Section(context, Heading);
        foreach (var entry in entries)
        {
            slices.AddRange(Entry(context, entry));
        }

        return slices;
    }

    private static List<Slice> Entry(LayoutContext context, ContentsEntry entry)
    {
        var style = entry.Mark.Level == 1 ? ReportStyles.ContentsSection : ReportStyles.ContentsEntry;
        var right = context.Frame.ContentWidth;
        var indent = (entry.Mark.Level - 1) * LevelIndent;
        var width = right - indent - NumberWidth - LeaderGap;
        var lines = context.LinesAtMost(HeadingBlock.Displayed(entry.Mark), style, width, EntryLines);
        var slices = context.LineSlices(lines, style, indent, width, LineAlignment.Left);
        if (slices.Count == 0)
        {
            slices.Add(new Slice(style.LineHeight, []));
        }

        var number = context.Lines(entry.Page.ToString(CultureInfo.InvariantCulture), style, NumberWidth)[0];
        var baseline = style.BaselineOffset;
        var leaderStart = indent + (lines.Count > 0 ? lines[^1].NaturalWidth : 0) + LeaderGap;
        var leaderEnd = right - number.NaturalWidth - LeaderGap;
        List<DrawOp> ops = [.. slices[^1].Ops, .. context.LineOps(number, style, right - NumberWidth, NumberWidth, 0, LineAlignment.Right)];
        if (leaderEnd > leaderStart)
        {
            ops.Add(new LineOp(leaderStart, baseline, leaderEnd, baseline, 0.9, ReportStyles.Muted, Dotted: true));
        }

        slices[^1] = slices[^1] with { Ops = ops };
        slices[0] = slices[0] with { SpaceBefore = entry.Mark.Level == 1 ? 6 : 0 };
        return slices.Select((s, i) => s with { KeepWithNext = i < slices.Count - 1, LinkToPage = entry.Page }).ToList();
    }
}
