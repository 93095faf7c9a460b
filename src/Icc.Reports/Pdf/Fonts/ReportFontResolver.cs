using PdfSharp.Fonts;

namespace Icc.Reports.Pdf.Fonts;

/// <summary>
/// Resolves the report's font families to files on disk. PDFsharp has no usable platform font lookup on
/// Linux, so every face is named explicitly; unknown families resolve to nothing rather than to a guess.
/// </summary>
internal sealed class ReportFontResolver : IFontResolver
{
    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = FontCatalog.Find(familyName, bold);

        // No italic files are shipped; PDFsharp slants the regular face when italic is asked for.
        return face is null ? null : new FontResolverInfo(face.FaceName, mustSimulateBold: false, mustSimulateItalic: italic);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        // PDFsharp caches the bytes per face name for the process, so each file is read once.
        var face = FontCatalog.ByFaceName(faceName);
        return face is null ? null : File.ReadAllBytes(FontFiles.Locate(face, FontFiles.SearchDirectories));
    }
}
