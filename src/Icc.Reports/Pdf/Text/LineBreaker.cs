using System.Globalization;
using System.Text;

namespace Icc.Reports.Pdf.Text;

/// <summary>
/// Fills lines greedily with words. A word wider than a whole line (a URL, a 5 000-letter token) is cut
/// between characters, keeping surrogate pairs and combining marks together, so no line is ever wider
/// than the width it was given.
/// </summary>
internal static class LineBreaker
{
    /// <summary>The lines of <paramref name="words"/> for a width.</summary>
    /// <param name="words">Measured words in reading order.</param>
    /// <param name="width">The line width.</param>
    /// <param name="space">The width of a space between words.</param>
    /// <param name="measurer">Measures characters when a word must be cut.</param>
    public static List<TextLine> Break(IReadOnlyList<Word> words, double width, double space, Measurer measurer)
    {
        var lines = new List<TextLine>();
        var current = new List<Word>();
        var used = 0d;
        foreach (var whole in words)
        {
            foreach (var word in whole.Width > width ? Cut(whole, width, measurer) : [whole])
            {
                var gap = current.Count > 0 && word.SpaceBefore ? space : 0;
                if (current.Count > 0 && used + gap + word.Width > width)
                {
                    lines.Add(new TextLine(current, used, Last: false));
                    current = [];
                    used = 0;
                    gap = 0;
                }

                current.Add(word);
                used += gap + word.Width;
            }
        }

        if (current.Count > 0)
        {
            lines.Add(new TextLine(current, used, Last: true));
        }

        return lines;
    }

    /// <summary>Cuts a word into pieces no wider than <paramref name="width"/> (at least one character each).</summary>
    private static List<Word> Cut(Word word, double width, Measurer measurer)
    {
        var parts = new List<Word>();
        var chunk = new List<Piece>();
        var chunkWidth = 0d;
        foreach (var piece in word.Pieces)
        {
            var text = new StringBuilder();
            var textWidth = 0d;
            var elements = StringInfo.GetTextElementEnumerator(piece.Text);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var elementWidth = measurer.Width(element, piece.Font);
                if (chunkWidth + textWidth + elementWidth > width && (chunk.Count > 0 || text.Length > 0))
                {
                    if (text.Length > 0)
                    {
                        chunk.Add(piece with { Text = text.ToString(), Width = textWidth });
                    }

                    parts.Add(new Word(chunk, parts.Count == 0 && word.SpaceBefore, []));
                    chunk = [];
                    chunkWidth = 0;
                    text.Clear();
                    textWidth = 0;
                }

                text.Append(element);
                textWidth += elementWidth;
            }

            if (text.Length > 0)
            {
                chunk.Add(piece with { Text = text.ToString(), Width = textWidth });
                chunkWidth += textWidth;
            }
        }

        // The footnote numbers sit at the end of the word, so the last part carries them.
        parts.Add(new Word(chunk, parts.Count == 0 && word.SpaceBefore, word.Footnotes));
        return parts;
    }
}
