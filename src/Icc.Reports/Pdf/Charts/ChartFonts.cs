using Icc.Reports.Pdf.Fonts;

namespace Icc.Reports.Pdf.Charts;

/// <summary>
/// Gives ScottPlot the report's own font files. Left alone it asks the system for fonts, which on a bare
/// Linux container finds none or different ones from one machine to the next; naming the files keeps
/// charts legible and their bytes the same everywhere the fonts are.
/// </summary>
internal static class ChartFonts
{
    private static readonly Lock Gate = new();
    private static bool registered;

    /// <summary>Registers the DejaVu and NanumGothic files with ScottPlot, once per process.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            foreach (var family in (string[])[FontCatalog.MainFamily, FontCatalog.KoreanFamily])
            {
                foreach (var bold in (bool[])[false, true])
                {
                    var face = FontCatalog.Find(family, bold)!;
                    ScottPlot.Fonts.AddFontFile(family, FontFiles.Locate(face, FontFiles.SearchDirectories), bold, italic: false);
                }
            }

            registered = true;
        }
    }

    /// <summary>The family to draw a chart's texts with: DejaVu Sans unless one of them needs NanumGothic.</summary>
    public static string FamilyFor(IEnumerable<string> texts)
    {
        var main = FontCatalog.Find(FontCatalog.MainFamily, bold: false)!;
        var korean = FontCatalog.Find(FontCatalog.KoreanFamily, bold: false)!;
        var needsKorean = texts.SelectMany(t => t.EnumerateRunes())
            .Any(r => r.Value > 0x7F && !GlyphCoverage.Has(main, r.Value) && GlyphCoverage.Has(korean, r.Value));
        return needsKorean ? FontCatalog.KoreanFamily : FontCatalog.MainFamily;
    }
}
