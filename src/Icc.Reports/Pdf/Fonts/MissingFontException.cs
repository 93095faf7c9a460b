namespace Icc.Reports.Pdf.Fonts;

/// <summary>A font file the report needs is not installed.</summary>
public sealed class MissingFontException : Exception
{
    /// <summary>Creates the exception for a face that was not found in any of the directories.</summary>
    public MissingFontException(FontFace face, IReadOnlyList<string> searched)
        : base(
            $"Font file '{face.FileName}' ({face.FaceName}) was not found. Install the Debian package " +
            $"'{face.DebianPackage}' (apt-get install -y {face.DebianPackage}, or run scripts/fonts.sh) or copy the " +
            $"file into one of: {string.Join(", ", searched)}.")
    {
        this.Face = face;
        this.Searched = searched;
    }

    /// <summary>The face that is missing.</summary>
    public FontFace Face { get; }

    /// <summary>The directories that were searched, in order.</summary>
    public IReadOnlyList<string> Searched { get; }
}
