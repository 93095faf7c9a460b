namespace Icc.Reports.Pdf.Fonts;

/// <summary>One font file the report can use, and the Debian package that installs it.</summary>
/// <param name="FaceName">The name PDFsharp knows the face by (unique per file).</param>
/// <param name="FileName">The TrueType file name, looked up in <see cref="FontFiles.SearchDirectories"/>.</param>
/// <param name="DebianPackage">The Debian package that provides the file.</param>
public sealed record FontFace(string FaceName, string FileName, string DebianPackage);
