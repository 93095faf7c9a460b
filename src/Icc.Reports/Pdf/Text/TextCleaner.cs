using System.Globalization;
using System.Text;

namespace Icc.Reports.Pdf.Text;

/// <summary>
/// Makes any string safe to typeset: every kind of whitespace becomes one plain space (a paragraph's
/// breaks are the document's business, not its text's), and control and format characters, which no
/// font draws and which would upset measuring, are dropped.
/// </summary>
internal static class TextCleaner
{
    /// <summary>The text with whitespace as plain spaces and invisible characters removed.</summary>
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                builder.Append(' ');
            }
            else if (!IsInvisible(rune))
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            // Fast path: printable ASCII and the plain space need no work.
            if (c < ' ' || c > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInvisible(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
