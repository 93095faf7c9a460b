namespace Icc.Reports.Pdf.Fonts;

/// <summary>
/// The font families the report draws with and the files behind them. Keep in sync with
/// scripts/fonts.sh, which installs the same files on Debian.
/// </summary>
internal static class FontCatalog
{
    /// <summary>The main family: DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew and Arabic letters.</summary>
    public const string MainFamily = "DejaVu Sans";

    /// <summary>The fallback for Korean (and the CJK characters NanumGothic carries), which DejaVu lacks.</summary>
    public const string KoreanFamily = "NanumGothic";

    private const string DejaVuPackage = "fonts-dejavu-core";
    private const string NanumPackage = "fonts-nanum";

    private static readonly FontFace DejaVuRegular = new("DejaVuSans", "DejaVuSans.ttf", DejaVuPackage);
    private static readonly FontFace DejaVuBold = new("DejaVuSans-Bold", "DejaVuSans-Bold.ttf", DejaVuPackage);
    private static readonly FontFace NanumRegular = new("NanumGothic", "NanumGothic.ttf", NanumPackage);
    private static readonly FontFace NanumBold = new("NanumGothic-Bold", "NanumGothicBold.ttf", NanumPackage);

    /// <summary>Every face the report may need.</summary>
    public static IReadOnlyList<FontFace> Faces { get; } = [DejaVuRegular, DejaVuBold, NanumRegular, NanumBold];

    /// <summary>
    /// The faces to try for a character, best first: the asked weight in each family, then the other
    /// weight (a bold face may lack a script its regular face has, and a regular glyph beats a box).
    /// </summary>
    public static IReadOnlyList<(string Family, bool Bold, FontFace Face)> FallbackOrder(bool bold) => bold
        ? [(MainFamily, true, DejaVuBold), (KoreanFamily, true, NanumBold), (MainFamily, false, DejaVuRegular), (KoreanFamily, false, NanumRegular)]
        : [(MainFamily, false, DejaVuRegular), (KoreanFamily, false, NanumRegular)];

    /// <summary>The face for a family and weight, or null for a family the report does not use.</summary>
    public static FontFace? Find(string familyName, bool bold)
    {
        if (string.Equals(familyName, MainFamily, StringComparison.OrdinalIgnoreCase))
        {
            return bold ? DejaVuBold : DejaVuRegular;
        }

        if (string.Equals(familyName, KoreanFamily, StringComparison.OrdinalIgnoreCase))
        {
            return bold ? NanumBold : NanumRegular;
        }

        return null;
    }

    /// <summary>The face with a PDFsharp face name, or null.</summary>
    public static FontFace? ByFaceName(string faceName) =>
        Faces.FirstOrDefault(f => string.Equals(f.FaceName, faceName, StringComparison.Ordinal));
}
