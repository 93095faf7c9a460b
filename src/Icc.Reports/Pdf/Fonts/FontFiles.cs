namespace Icc.Reports.Pdf.Fonts;

/// <summary>Finds font files in an ordered list of directories.</summary>
public static class FontFiles
{
    /// <summary>
    /// Where fonts are looked up, first match wins: the application's own fonts folder (so a deployment
    /// package, e.g. for Azure, can carry the files), then the Debian package locations.
    /// </summary>
    public static IReadOnlyList<string> SearchDirectories { get; } =
    [
        Path.Combine(AppContext.BaseDirectory, "fonts"),
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/truetype/nanum",
    ];

    /// <summary>The full path of a face's file in the first directory that has it.</summary>
    /// <exception cref="MissingFontException">No directory has the file.</exception>
    public static string Locate(FontFace face, IReadOnlyList<string> directories)
    {
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, face.FileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new MissingFontException(face, directories);
    }
}
