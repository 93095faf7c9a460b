using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Charts;
using Icc.Reports.Pdf.Layout;
using Icc.Reports.Pdf.Text;

namespace Icc.Reports.Pdf.Blocks;

/// <summary>
/// What every block needs to lay itself out during one render: the page geometry, typesetting, and the
/// footnote counter, which runs through the whole document in reading order.
/// </summary>
/// <param name="frame">Page geometry.</param>
/// <param name="typesetter">Typesetting for this render.</param>
/// <param name="charts">The document's chart images, made before layout.</param>
internal sealed class LayoutContext(PageFrame frame, Typesetter typesetter, ChartPictures charts)
{
    private int footnotes;

    /// <summary>Page geometry.</summary>
    public PageFrame Frame => frame;

    /// <summary>Typesetting for this render.</summary>
    public Typesetter Typesetter => typesetter;

    /// <summary>The document's chart images.</summary>
    public ChartPictures Charts => charts;

    /// <summary>The lines of inline content; footnote references are numbered as they are met.</summary>
    public List<TextLine> Lines(IEnumerable<Inline> content, TextStyle style, double width) =>
        this.Break(typesetter.Words(content, style, this.Footnote), style, width);

    /// <summary>The lines of plain text.</summary>
    public List<TextLine> Lines(string text, TextStyle style, double width) =>
        this.Break(typesetter.Words(text, style), style, width);

    /// <summary>At most <paramref name="maxLines"/> lines of plain text, cut with an ellipsis.</summary>
    public List<TextLine> LinesAtMost(string text, TextStyle style, double width, int maxLines)
    {
        var font = typesetter.Fonts.Main(style.Bold, style.Size);
        var ellipsis = new Piece("\u2026", font, style.Color, 0, typesetter.Measurer.Width("\u2026", font));
        return Truncation.Keep(this.Lines(text, style, width), maxLines, ellipsis, width, typesetter.SpaceWidth(style));
    }

    /// <summary>The ops of one line whose top is at <paramref name="top"/>.</summary>
    public List<DrawOp> LineOps(TextLine line, TextStyle style, double left, double width, double top, LineAlignment alignment) =>
        LinePainter.Paint(line, left, width, top + style.BaselineOffset, alignment, typesetter.SpaceWidth(style));

    /// <summary>One slice per line, so running text can break between any two lines.</summary>
    public List<Slice> LineSlices(IReadOnlyList<TextLine> lines, TextStyle style, double left, double width, LineAlignment alignment) =>
        lines.Select(line => new Slice(style.LineHeight, this.LineOps(line, style, left, width, 0, alignment)) { Footnotes = line.Footnotes }).ToList();

    /// <summary>Numbers a footnote and lays out its text, capped at a third of the body height.</summary>
    public FootnoteBox Footnote(string text)
    {
        var number = ++this.footnotes;
        var style = ReportStyles.Footnote;
        var width = frame.ContentWidth - ReportStyles.FootnoteIndent;
        var maxLines = Math.Max(1, (int)(frame.BodyHeight / 3 / style.LineHeight));
        var lines = this.LinesAtMost(text, style, width, maxLines);
        var ops = new List<DrawOp>();
        var label = this.Lines(number.ToString(System.Globalization.CultureInfo.InvariantCulture), style, ReportStyles.FootnoteIndent * 4);
        ops.AddRange(this.LineOps(label[0], style, 0, ReportStyles.FootnoteIndent, 0, LineAlignment.Left));
        for (var index = 0; index < lines.Count; index++)
        {
            ops.AddRange(this.LineOps(lines[index], style, ReportStyles.FootnoteIndent, width, index * style.LineHeight, LineAlignment.Left));
        }

        return new FootnoteBox(number, Math.Max(1, lines.Count) * style.LineHeight, ops);
    }

    private List<TextLine> Break(List<Word> words, TextStyle style, double width) =>
        LineBreaker.Break(words, width, typesetter.SpaceWidth(style), typesetter.Measurer);
}
