using System.Text;
using PdfSharp.Fonts;

namespace Icc.Reports.Pdf.Fonts;

/// <summary>Registers the report's font resolver with PDFsharp and picks a family for each piece of text.</summary>
internal static class ReportFonts
{
    private static readonly Lock Gate = new();
    private static volatile bool registered;

    /// <summary>
    /// Installs <see cref="ReportFontResolver"/> as PDFsharp's process-wide resolver, once. PDFsharp refuses
    /// a second resolver after fonts were used, so another resolver already in place is an error here.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (registered)
        {
            return;
        }

        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = new ReportFontResolver();
            }
            else if (current is not ReportFontResolver)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {current.GetType().FullName}; the ICC report needs {nameof(ReportFontResolver)}.");
            }

            registered = true;
        }
    }

    /// <summary>
    /// The family to draw a string with. DejaVu Sans has no Hangul or CJK glyphs, so a string that contains
    /// any is drawn entirely in NanumGothic (which also has Latin letters and digits). Choosing per string
    /// rather than per character keeps measuring and wrapping simple; a report mixing scripts inside one
    /// line gets NanumGothic's Latin letters on that line, which is acceptable.
    /// </summary>
    public static string FamilyFor(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (NeedsKoreanFont(rune))
            {
                return FontCatalog.KoreanFamily;
            }
        }

        return FontCatalog.MainFamily;
    }

    private static bool NeedsKoreanFont(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x11FF => true, // Hangul Jamo
        >= 0x3000 and <= 0x303F => true, // CJK symbols and punctuation
        >= 0x3040 and <= 0x30FF => true, // Hiragana, Katakana
        >= 0x3130 and <= 0x318F => true, // Hangul compatibility Jamo
        >= 0x3200 and <= 0x32FF => true, // Enclosed CJK letters
        >= 0x3400 and <= 0x4DBF => true, // CJK unified ideographs extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xA960 and <= 0xA97F => true, // Hangul Jamo extended A
        >= 0xAC00 and <= 0xD7AF => true, // Hangul syllables
        >= 0xD7B0 and <= 0xD7FF => true, // Hangul Jamo extended B
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0xFF00 and <= 0xFFEF => true, // Halfwidth and fullwidth forms
        _ => false,
    };
}
