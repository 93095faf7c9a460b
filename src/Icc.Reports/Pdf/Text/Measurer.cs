using PdfSharp.Drawing;

namespace Icc.Reports.Pdf.Text;

/// <summary>
/// Measures text widths with PDFsharp's own metrics (the ones it draws with), caching short strings:
/// running text repeats its words, and a 200 000-character paragraph must not measure each one anew.
/// </summary>
internal sealed class Measurer : IDisposable
{
    private const int CachedLength = 48;

    private readonly XGraphics context = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(XFont Font, string Text), double> widths = [];

    /// <summary>The drawn width of <paramref name="text"/> in <paramref name="font"/>.</summary>
    public double Width(string text, XFont font)
    {
        if (text.Length > CachedLength)
        {
            return this.context.MeasureString(text, font).Width;
        }

        if (!this.widths.TryGetValue((font, text), out var width))
        {
            width = this.context.MeasureString(text, font).Width;
            this.widths.Add((font, text), width);
        }

        return width;
    }

    /// <inheritdoc />
    public void Dispose() => this.context.Dispose();
}
