using Icc.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Icc.Reports.Pdf.Text;

/// <summary>A run of text in one font and colour, measured once.</summary>
/// <param name="Text">The characters, already cleaned and with placeholders for missing glyphs.</param>
/// <param name="Font">The face that has every glyph of <paramref name="Text"/>.</param>
/// <param name="Color">Text colour.</param>
/// <param name="Rise">How far above the baseline it sits (footnote numbers).</param>
/// <param name="Width">Drawn width.</param>
internal sealed record Piece(string Text, XFont Font, XColor Color, double Rise, double Width);

/// <summary>
/// What lines are made of: pieces between two spaces. A word can mix faces and weights ("Asan's" with a
/// bold "Asan") and carry footnote numbers, which must never be separated from it.
/// </summary>
/// <param name="Pieces">The pieces in reading order.</param>
/// <param name="SpaceBefore">Whether a space separates it from the previous word.</param>
/// <param name="Footnotes">Footnotes whose numbers it carries.</param>
internal sealed record Word(IReadOnlyList<Piece> Pieces, bool SpaceBefore, IReadOnlyList<FootnoteBox> Footnotes)
{
    /// <summary>Drawn width of all pieces.</summary>
    public double Width { get; } = Pieces.Sum(p => p.Width);
}

/// <summary>One typeset line: its words and the width they take with single spaces.</summary>
/// <param name="Words">The words, the first without a leading space.</param>
/// <param name="NaturalWidth">Width with one space between spaced words.</param>
/// <param name="Last">True for a paragraph's last line, which is never stretched.</param>
internal sealed record TextLine(IReadOnlyList<Word> Words, double NaturalWidth, bool Last)
{
    /// <summary>Footnotes referenced on the line.</summary>
    public IReadOnlyList<FootnoteBox> Footnotes => this.Words.SelectMany(w => w.Footnotes).ToList();
}

/// <summary>How a line sits between its left and right edges.</summary>
internal enum LineAlignment
{
    /// <summary>Ragged right.</summary>
    Left,

    /// <summary>Flush right (figures in tables).</summary>
    Right,

    /// <summary>Centred (cover).</summary>
    Center,

    /// <summary>Flush on both sides, except a paragraph's last line.</summary>
    Justify,
}
