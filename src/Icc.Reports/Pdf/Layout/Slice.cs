namespace Icc.Reports.Pdf.Layout;

/// <summary>
/// An unbreakable strip of content the page flow places as a whole: a line of text, a table row, a chart.
/// Blocks turn into slices; the flow only decides where each slice goes.
/// </summary>
/// <param name="Height">Height of the strip in points.</param>
/// <param name="Ops">What to draw, relative to the strip's top-left corner at the left margin.</param>
internal sealed record Slice(double Height, IReadOnlyList<DrawOp> Ops)
{
    /// <summary>Space above the strip, dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Keep this strip on the same page as the next one (headings, the first lines of a paragraph).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Always start a new page before this strip (level-1 headings).</summary>
    public bool PageBreakBefore { get; init; }

    /// <summary>Footnotes referenced in this strip; they go to the foot of the page the strip lands on.</summary>
    public IReadOnlyList<FootnoteBox> Footnotes { get; init; } = [];

    /// <summary>A strip to draw first when this one opens a page (a table's header row).</summary>
    public Slice? RepeatOnNewPage { get; init; }

    /// <summary>The heading this strip starts, for the contents, bookmarks and running header.</summary>
    public HeadingMark? Heading { get; init; }

    /// <summary>A 1-based page the strip links to when clicked (contents entries), or null.</summary>
    public int? LinkToPage { get; init; }
}

/// <summary>A clickable area of a page that jumps to another page.</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge (from the top of the page).</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="Page">The 1-based page it jumps to.</param>
internal sealed record PageLink(double X, double Y, double Width, double Height, int Page);

/// <summary>A heading the contents page and the bookmarks list.</summary>
/// <param name="Id">The section id.</param>
/// <param name="Title">The heading text.</param>
/// <param name="Level">1 for top-level sections, deeper sections count up.</param>
internal sealed record HeadingMark(string Id, string Title, int Level);

/// <summary>A laid-out footnote: its lines, drawn at the foot of a page.</summary>
/// <param name="Number">The footnote number.</param>
/// <param name="Height">Height of its lines.</param>
/// <param name="Ops">What to draw, relative to its top-left corner at the left margin.</param>
internal sealed record FootnoteBox(int Number, double Height, IReadOnlyList<DrawOp> Ops);
