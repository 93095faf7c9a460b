namespace Icc.Domain.Reporting.Document;

/// <summary>One block of a section's body.</summary>
public abstract record ReportBlock;

/// <summary>Running text: a paragraph of inline pieces, justified by the renderer.</summary>
/// <param name="Content">Text runs and footnote references, in order.</param>
public sealed record Paragraph(IReadOnlyList<Inline> Content) : ReportBlock
{
    /// <summary>A paragraph of plain text.</summary>
    public Paragraph(string text)
        : this([new TextRun(text)])
    {
    }

    /// <summary>The paragraph's text without footnotes, for tests and plain-text output.</summary>
    public string PlainText => string.Concat(this.Content.OfType<TextRun>().Select(run => run.Text));
}

/// <summary>A minor heading inside a section body (not in the contents), e.g. "Suggestions".</summary>
/// <param name="Text">The heading text.</param>
public sealed record Subheading(string Text) : ReportBlock;

/// <summary>A bulleted list; each item is a paragraph.</summary>
/// <param name="Items">The items in order.</param>
public sealed record BulletList(IReadOnlyList<Paragraph> Items) : ReportBlock;

/// <summary>A table whose header row repeats when it breaks across pages.</summary>
/// <param name="Columns">Column headers, relative widths and alignment.</param>
/// <param name="Rows">Cells row by row; each row has one cell per column.</param>
/// <param name="Caption">Optional caption drawn above the table.</param>
public sealed record Table(IReadOnlyList<TableColumnSpec> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null) : ReportBlock;

/// <summary>A table column.</summary>
/// <param name="Header">Header text.</param>
/// <param name="Width">Relative width (the renderer shares the content width in proportion).</param>
/// <param name="Numeric">True to right-align (figures).</param>
public sealed record TableColumnSpec(string Header, double Width, bool Numeric = false);

/// <summary>
/// A bar chart of rates: one group of bars per category, one bar per series. Values are 0..100; a null
/// value is drawn as missing, not as zero.
/// </summary>
/// <param name="Id">Stable id, e.g. "chart-overview".</param>
/// <param name="Title">Chart title.</param>
/// <param name="Categories">Category labels (areas, or the comparison groups of one area).</param>
/// <param name="Series">The series; each has one value per category.</param>
/// <param name="Orientation">Horizontal bars suit long category labels.</param>
public sealed record BarChart(
    string Id,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    ChartOrientation Orientation = ChartOrientation.Vertical) : ReportBlock;

/// <summary>One series of a chart.</summary>
/// <param name="Name">Legend label, e.g. "Asan" or "Sample (129 cities)".</param>
/// <param name="Role">What the series is, so the renderer can colour the city apart from samples.</param>
/// <param name="Values">One value per category; null when missing.</param>
public sealed record ChartSeries(string Name, SeriesRole Role, IReadOnlyList<double?> Values);

/// <summary>What a chart series stands for.</summary>
public enum SeriesRole
{
    /// <summary>The city the report is about.</summary>
    City,

    /// <summary>The whole sample.</summary>
    Sample,

    /// <summary>A comparison group such as a population or foreign-born band.</summary>
    Group,
}

/// <summary>Bar direction.</summary>
public enum ChartOrientation
{
    /// <summary>Columns rising from a horizontal axis.</summary>
    Vertical,

    /// <summary>Bars extending from a vertical axis.</summary>
    Horizontal,
}
