using PdfSharp.Fonts;

namespace Icc.Reports.Pdf.Fonts;

/// <summary>Registers the report's font resolver with PDFsharp, once per process.</summary>
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
}
