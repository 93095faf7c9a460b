using System.Collections.Concurrent;
using SkiaSharp;

namespace Icc.Reports.Pdf.Fonts;

/// <summary>
/// Tells whether a font file has a glyph for a character, by reading the file's character map through
/// SkiaSharp (already loaded for the charts). PDFsharp would draw a missing glyph as an empty box or
/// nothing at all, so the report asks first and picks another face or a placeholder.
/// </summary>
internal static class GlyphCoverage
{
    private static readonly ConcurrentDictionary<string, SKTypeface> Typefaces = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="face"/> draws <paramref name="codePoint"/>.</summary>
    public static bool Has(FontFace face, int codePoint) => Typeface(face).GetGlyph(codePoint) != 0;

    private static SKTypeface Typeface(FontFace face) =>
        Typefaces.GetOrAdd(face.FaceName, _ =>
            SKTypeface.FromFile(FontFiles.Locate(face, FontFiles.SearchDirectories))
            ?? throw new InvalidOperationException($"SkiaSharp could not read the font file of {face.FaceName}."));
}
