namespace Icc.Reports.Pdf.Text;

/// <summary>
/// Shortens typeset text to a number of lines, ending with an ellipsis, for places with a fixed budget
/// (cover, running header, footnotes) where hostile input must not push anything off the page.
/// </summary>
internal static class Truncation
{
    /// <summary>At most <paramref name="maxLines"/> of <paramref name="lines"/>, the last ending in an ellipsis when text was cut.</summary>
    public static List<TextLine> Keep(List<TextLine> lines, int maxLines, Piece ellipsis, double width, double space)
    {
        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var words = lines[maxLines - 1].Words.ToList();
        while (words.Count > 1 && Natural(words, space) + space + ellipsis.Width > width)
        {
            words.RemoveAt(words.Count - 1);
        }

        // A single cut word fills the line; then the ellipsis replaces its tail instead.
        if (Natural(words, space) + space + ellipsis.Width > width)
        {
            words = [ShortenTo(words[0], width - ellipsis.Width)];
        }

        words.Add(new Word([ellipsis], SpaceBefore: false, []));
        var kept = lines.Take(maxLines - 1).ToList();
        kept.Add(new TextLine(words, Natural(words, space), Last: true));
        return kept;
    }

    private static double Natural(IReadOnlyList<Word> words, double space) =>
        words.Sum(w => w.Width) + (space * words.Skip(1).Count(w => w.SpaceBefore));

    private static Word ShortenTo(Word word, double width)
    {
        var pieces = new List<Piece>();
        var used = 0d;
        foreach (var piece in word.Pieces)
        {
            if (used + piece.Width > width)
            {
                // Keep the share of characters that fits, measured proportionally: an estimate is fine under an ellipsis.
                var share = (int)Math.Floor(piece.Text.Length * Math.Max(0, width - used) / piece.Width);
                var cut = share > 0 && char.IsHighSurrogate(piece.Text[share - 1]) ? share - 1 : share;
                if (cut > 0)
                {
                    pieces.Add(piece with { Text = piece.Text[..cut], Width = piece.Width * cut / piece.Text.Length });
                }

                break;
            }

            pieces.Add(piece);
            used += piece.Width;
        }

        return new Word(pieces, word.SpaceBefore, []);
    }
}
