using System.Globalization;

namespace Icc.Reports.Pdf.Layout;

/// <summary>Breaks text into lines that fit a width: at spaces where possible, inside a word when one word is too wide.</summary>
internal static class TextWrapper
{
    /// <summary>The lines of <paramref name="text"/> no wider than <paramref name="width"/>.</summary>
    /// <param name="text">The text; line breaks in it are kept, runs of spaces collapse to one.</param>
    /// <param name="width">The available width.</param>
    /// <param name="measure">The drawn width of a string.</param>
    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, width, measure, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, double width, Func<string, double> measure, List<string> lines)
    {
        var words = paragraph.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            lines.Add(string.Empty);
            return;
        }

        var line = string.Empty;
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (measure(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = measure(word) <= width ? word : BreakWord(word, width, measure, lines);
        }

        lines.Add(line);
    }

    /// <summary>Adds the full-width pieces of an over-long word to <paramref name="lines"/> and returns the rest.</summary>
    private static string BreakWord(string word, double width, Func<string, double> measure, List<string> lines)
    {
        var piece = string.Empty;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            // Text elements keep surrogate pairs and combining marks together.
            var element = elements.GetTextElement();
            var candidate = piece + element;
            if (piece.Length > 0 && measure(candidate) > width)
            {
                lines.Add(piece);
                piece = element;
            }
            else
            {
                piece = candidate;
            }
        }

        return piece;
    }
}
