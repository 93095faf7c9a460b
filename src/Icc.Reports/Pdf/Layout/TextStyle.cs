using PdfSharp.Drawing;

namespace Icc.Reports.Pdf.Layout;

/// <summary>How a piece of text looks; the font face is chosen per character run from what each face covers.</summary>
/// <param name="Size">Font size in points.</param>
/// <param name="Bold">Bold weight.</param>
/// <param name="Color">Text colour.</param>
/// <param name="Leading">Line height as a multiple of the size.</param>
internal sealed record TextStyle(double Size, bool Bold, XColor Color, double Leading = 1.4)
{
    /// <summary>Distance between baselines.</summary>
    public double LineHeight => this.Size * this.Leading;

    /// <summary>
    /// From the top of a line to its baseline. The same for every face so that lines mixing DejaVu and
    /// NanumGothic keep one rhythm; one em leaves room for accents above capitals.
    /// </summary>
    public double BaselineOffset => this.Size + ((this.Leading - 1.4) * this.Size / 2);
}
