using Icc.Reports.Pdf.Layout;
using PdfSharp.Pdf;

namespace Icc.Reports.Pdf.Document;

/// <summary>Adds the PDF outline (bookmarks): one entry per heading, nested by level, pointing at its page.</summary>
internal static class Bookmarks
{
    private const int MaxTitle = 200;

    /// <summary>Adds an outline entry for every heading on <paramref name="pages"/>.</summary>
    public static void Add(PdfDocument document, IReadOnlyList<LaidOutPage> pages)
    {
        // The stack holds the last outline of each level, so a heading goes under the nearest shallower one.
        var open = new List<(int Level, PdfOutline Outline)>();
        for (var index = 0; index < pages.Count; index++)
        {
            foreach (var (mark, y) in pages[index].Headings)
            {
                while (open.Count > 0 && open[^1].Level >= mark.Level)
                {
                    open.RemoveAt(open.Count - 1);
                }

                var title = mark.Title.Length > MaxTitle ? string.Concat(mark.Title.AsSpan(0, MaxTitle - 1), "\u2026") : mark.Title;
                var outlines = open.Count == 0 ? document.Outlines : open[^1].Outline.Outlines;
                var outline = outlines.Add(Text.TextCleaner.Clean(title), document.Pages[index], opened: mark.Level == 1);

                // Jump to the heading itself, not the page top: PDF space has y upwards from the bottom edge.
                outline.PageDestinationType = PdfPageDestinationType.Xyz;
                outline.Left = 0;
                outline.Top = document.Pages[index].Height.Point - y;
                open.Add((mark.Level, outline));
            }
        }
    }
}
