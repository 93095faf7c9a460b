using System.Globalization;
using System.Text;

namespace Icc.Reports.Pdf.Text;

/// <summary>
/// Puts right-to-left words (Arabic, Hebrew) in visual order for drawing: lines are broken in reading
/// order, then each run of consecutive right-to-left words is drawn in reverse, each such word with its
/// letters reversed. A simplification of the Unicode bidirectional algorithm that reads correctly for a
/// right-to-left phrase inside left-to-right text, which is what a report city's names and quotes need.
/// </summary>
internal static class BidiOrder
{
    /// <summary>The words of a line in the order they are drawn, left to right.</summary>
    public static IReadOnlyList<Word> Visual(IReadOnlyList<Word> words)
    {
        if (!words.Any(IsRightToLeft))
        {
            return words;
        }

        var visual = new List<Word>(words.Count);
        for (var start = 0; start < words.Count;)
        {
            var end = start;
            while (end < words.Count && IsRightToLeft(words[end]))
            {
                end++;
            }

            if (end == start)
            {
                visual.Add(words[start++]);
                continue;
            }

            // The gap before each reversed word is the one that followed it in reading order.
            visual.Add(Mirror(words[end - 1]) with { SpaceBefore = words[start].SpaceBefore });
            for (var index = end - 2; index >= start; index--)
            {
                visual.Add(Mirror(words[index]) with { SpaceBefore = words[index + 1].SpaceBefore });
            }

            start = end;
        }

        return visual;
    }

    private static bool IsRightToLeft(Word word)
    {
        foreach (var piece in word.Pieces)
        {
            foreach (var rune in piece.Text.EnumerateRunes())
            {
                if (Rune.IsLetter(rune))
                {
                    return IsRightToLeft(rune);
                }
            }
        }

        return false;
    }

    private static bool IsRightToLeft(Rune rune) => rune.Value is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    /// <summary>The word drawn right to left: pieces in reverse, letters of right-to-left pieces reversed (figures keep their order).</summary>
    private static Word Mirror(Word word) =>
        word with { Pieces = word.Pieces.Reverse().Select(p => p.Text.EnumerateRunes().Any(IsRightToLeft) ? p with { Text = Reverse(p.Text) } : p).ToList() };

    private static string Reverse(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        elements.Reverse();
        return string.Concat(elements);
    }
}
