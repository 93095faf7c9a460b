using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Blocks;
using Icc.Reports.Pdf.Layout;

namespace Icc.Reports.Pdf.Document;

/// <summary>A finished page: everything to draw on it and the headings that start there.</summary>
/// <param name="Ops">What to draw, in page coordinates.</param>
/// <param name="Headings">Headings on the page with the y of their top, for bookmarks.</param>
/// <param name="Links">Areas that jump to other pages (contents entries).</param>
internal sealed record LaidOutPage(IReadOnlyList<DrawOp> Ops, IReadOnlyList<(HeadingMark Mark, double Y)> Headings, IReadOnlyList<PageLink> Links);

/// <summary>
/// Lays out a whole document: cover, contents, body, running header and footer. The body is laid out
/// first so the page of every heading is known; the contents is then laid out twice, once to count its
/// pages (its entries' heights do not depend on the numbers) and once with the final numbers. No
/// drawing happens here, and nothing depends on anything but the document, so the result is deterministic.
/// </summary>
internal static class ReportLayout
{
    /// <summary>Every page of the document in order, the cover first.</summary>
    public static List<LaidOutPage> Pages(LayoutContext context, ReportDocument document)
    {
        var body = Flow(context, SectionBlocks.Slices(context, document.Sections));
        var marks = body.SelectMany((page, index) => page.Headings.Select(h => (h.Mark, Index: index))).ToList();

        var contentsPages = Flow(context, ContentsLayout.Slices(context, marks.Select(m => new ContentsEntry(m.Mark, 0)))).Count;
        var firstBodyPage = 1 + contentsPages + 1;
        var contents = Flow(context, ContentsLayout.Slices(context, marks.Select(m => new ContentsEntry(m.Mark, firstBodyPage + m.Index))));
        if (contents.Count != contentsPages)
        {
            throw new InvalidOperationException($"The contents took {contents.Count} pages after {contentsPages} were planned; entry heights must not depend on page numbers.");
        }

        var pages = new List<LaidOutPage> { new(CoverPageLayout.Ops(context, document.Cover, document.Info.Author), [], []) };
        var flowed = contents.Concat(body).ToList();
        var total = 1 + flowed.Count;
        for (var index = 0; index < flowed.Count; index++)
        {
            var page = flowed[index];
            var running = RunningHeader.Ops(context, document.Info.Title, page.SectionTitle, document.Info.Author, index + 2, total);
            pages.Add(new LaidOutPage([.. page.Ops, .. running], page.Headings, page.Links));
        }

        return pages;
    }

    private static IReadOnlyList<FlowPage> Flow(LayoutContext context, IReadOnlyList<Slice> slices)
    {
        var flow = new PageFlow(context.Frame, ReportStyles.Muted);
        flow.Place(slices);
        return flow.Finish();
    }
}
