using Icc.Reports.Pdf.Layout;

namespace Icc.Reports.Pdf.Text;

/// <summary>Places a typeset line's pieces between two edges: ragged, flush right, centred or justified.</summary>
internal static class LinePainter
{
    /// <summary>
    /// Beyond this many spaces' worth of stretch per gap a justified line reads as holes (typically the line
    /// before a word too long to share one), so it is set ragged instead.
    /// </summary>
    private const double MaxStretch = 5;

    /// <summary>Rounding allowance when checking that a piece ends inside its box.</summary>
    private const double Overhang = 0.01;

    /// <summary>The ops drawing <paramref name="line"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="left">Left edge.</param>
    /// <param name="width">Distance to the right edge.</param>
    /// <param name="baseline">Baseline of the line.</param>
    /// <param name="alignment">How the line sits between the edges.</param>
    /// <param name="space">Width of one space.</param>
    public static List<DrawOp> Paint(TextLine line, double left, double width, double baseline, LineAlignment alignment, double space)
    {
        var words = BidiOrder.Visual(line.Words);
        var gaps = words.Skip(1).Count(w => w.SpaceBefore);
        var slack = Math.Max(0, width - line.NaturalWidth);
        var stretch = 0d;
        var x = left;
        switch (alignment)
        {
            case LineAlignment.Justify when !line.Last && gaps > 0 && slack / gaps <= MaxStretch * space:
                stretch = slack / gaps;
                break;
            case LineAlignment.Right:
                x += slack;
                break;
            case LineAlignment.Center:
                x += slack / 2;
                break;
        }

        var ops = new List<DrawOp>();
        for (var index = 0; index < words.Count; index++)
        {
            var word = words[index];
            if (index > 0 && word.SpaceBefore)
            {
                x += space + stretch;
            }

            foreach (var piece in word.Pieces)
            {
                // Only a box narrower than one glyph (a table of a hundred columns) can get here with a piece
                // that does not fit; such a piece is left out rather than drawn over the neighbour or the margin.
                if (x + piece.Width <= left + width + Overhang)
                {
                    ops.Add(new TextOp(x, baseline - piece.Rise, piece.Text, piece.Font, piece.Color));
                }

                x += piece.Width;
            }
        }

        return ops;
    }
}
