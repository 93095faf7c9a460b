using System.Globalization;
using System.Text;

namespace Icc.Reports.Pdf.Text;

/// <summary>
/// Makes any string safe to typeset: every kind of whitespace becomes one plain space (a paragraph's
/// breaks are the document's business, not its text's), except no-break spaces, which stay; a space
/// between two digits becomes a no-break space, so "500 000" never breaks across lines; control and
/// format characters, which no font draws and which would upset measuring, are dropped.
/// </summary>
internal static class TextCleaner
{
    /// <summary>The space lines never break at.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>The text with whitespace as plain or no-break spaces and invisible characters removed.</summary>
    public static string Clean(string text) => GlueDigitGroups(IsClean(text) ? text : Rebuild(text));

    private static string Rebuild(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0x00A0 or 0x2007 or 0x202F)
            {
                builder.Append(NoBreakSpace);
            }
            else if (Rune.IsWhiteSpace(rune))
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

    /// <summary>"500 000" is one number: the space between two digits must not become a line break.</summary>
    private static string GlueDigitGroups(string text)
    {
        var index = text.IndexOf(' ', StringComparison.Ordinal);
        if (index < 0)
        {
            return text;
        }

        char[]? glued = null;
        for (; index >= 0 && index < text.Length - 1; index = text.IndexOf(' ', index + 1))
        {
            if (index > 0 && char.IsAsciiDigit(text[index - 1]) && char.IsAsciiDigit(text[index + 1]))
            {
                glued ??= text.ToCharArray();
                glued[index] = NoBreakSpace;
            }
        }

        return glued is null ? text : new string(glued);
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
