namespace Icc.Reports.Pdf.Layout;

/// <summary>A page as the flow filled it: what to draw, the headings on it and its footnotes.</summary>
internal sealed class FlowPage
{
    /// <summary>What to draw, in page coordinates.</summary>
    public List<DrawOp> Ops { get; } = [];

    /// <summary>Footnotes at the foot of the page, in order.</summary>
    public List<FootnoteBox> Footnotes { get; } = [];

    /// <summary>Headings that start on this page, with the y of their top.</summary>
    public List<(HeadingMark Mark, double Y)> Headings { get; } = [];

    /// <summary>Areas that jump to other pages.</summary>
    public List<PageLink> Links { get; } = [];

    /// <summary>The top-level section the page belongs to, for the running header.</summary>
    public string? SectionTitle { get; set; }

    /// <summary>Whether any slice was placed yet.</summary>
    public bool IsEmpty { get; set; } = true;

    /// <summary>Height of the footnote area (without the separator gap).</summary>
    public double FootnoteHeight => this.Footnotes.Sum(f => f.Height);
}
