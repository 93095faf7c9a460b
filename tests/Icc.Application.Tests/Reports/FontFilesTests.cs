using Icc.Reports.Pdf.Fonts;

namespace Icc.Application.Tests.Reports;

public sealed class FontFilesTests
{
    [Fact]
    public void Locate_FileInNoDirectory_ThrowsNamingFileAndPackage()
    {
        // A missing font fails with the file and the Debian package to install, not a PDFsharp internals error.
        var face = new FontFace("NanumGothic", "NanumGothic.ttf", "fonts-nanum");
        var empty = Directory.CreateTempSubdirectory("icc-fonts-").FullName;
        try
        {
            var error = Assert.Throws<MissingFontException>(() => FontFiles.Locate(face, [empty]));

            Assert.Contains("NanumGothic.ttf", error.Message, StringComparison.Ordinal);
            Assert.Contains("fonts-nanum", error.Message, StringComparison.Ordinal);
            Assert.Contains(empty, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Locate_FileInSeveralDirectories_TakesTheFirst()
    {
        // The application's own fonts folder wins over the system one, so a package can carry its fonts.
        var face = new FontFace("DejaVuSans", "DejaVuSans.ttf", "fonts-dejavu-core");
        var first = Directory.CreateTempSubdirectory("icc-fonts-").FullName;
        var second = Directory.CreateTempSubdirectory("icc-fonts-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(first, face.FileName), [1]);
            File.WriteAllBytes(Path.Combine(second, face.FileName), [2]);

            Assert.Equal(Path.Combine(first, face.FileName), FontFiles.Locate(face, [first, second]));
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }
}
