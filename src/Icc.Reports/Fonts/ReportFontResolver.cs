using PdfSharp.Fonts;

namespace Icc.Reports.Fonts;

/// <summary>
/// Resolves the report's fonts explicitly (Linux has no font lookup PDFsharp can use): DejaVu Sans for
/// Latin and Cyrillic, NanumGothic for Korean. Files are looked up first in the app's own <c>fonts</c>
/// folder (what an Azure package carries), then where Debian installs them.
/// </summary>
public sealed class ReportFontResolver : IFontResolver
{
    /// <summary>The main family name used by the renderer.</summary>
    public const string Sans = "ICC Sans";

    /// <summary>The family for Hangul and CJK text.</summary>
    public const string Korean = "ICC Korean";

    private static readonly Dictionary<string, (string File, string Package)> Faces = new(StringComparer.Ordinal)
    {
        ["sans-regular"] = ("DejaVuSans.ttf", "fonts-dejavu-core"),
        ["sans-bold"] = ("DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
        ["korean-regular"] = ("NanumGothic.ttf", "fonts-nanum"),
        ["korean-bold"] = ("NanumGothicBold.ttf", "fonts-nanum"),
    };

    private static readonly string[] Folders =
    [
        Path.Combine(AppContext.BaseDirectory, "fonts"),
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/truetype/nanum",
    ];

    private static readonly object Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp's setting is global).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not ReportFontResolver)
            {
                GlobalFontSettings.FontResolver = new ReportFontResolver();
            }
        }
    }

    /// <inheritdoc />
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = familyName == Korean ? "korean" : "sans";
        return new FontResolverInfo($"{family}-{(bold ? "bold" : "regular")}");
    }

    /// <inheritdoc />
    public byte[] GetFont(string faceName)
    {
        var (file, package) = Faces[faceName];
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        throw new FileNotFoundException(
            $"Font {file} was not found in {string.Join(", ", Folders)}. Install the Debian package {package} (scripts/fonts.sh does) or ship it in the app's fonts folder.");
    }

    /// <summary>True when the text needs the Korean font (Hangul or CJK characters).</summary>
    public static bool NeedsKorean(string text) =>
        text.Any(c => c is >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' or >= '\uAC00' and <= '\uD7AF' or >= '\u4E00' and <= '\u9FFF');
}
