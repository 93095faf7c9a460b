namespace Icc.Reports.Pdf.Layout;

/// <summary>A page's size and margins in points (1/72 inch). Everything the report draws stays inside the margins.</summary>
/// <param name="Width">Page width.</param>
/// <param name="Height">Page height.</param>
/// <param name="Margin">The margin on each of the four sides.</param>
public sealed record PageFrame(double Width, double Height, double Margin)
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>A4 portrait (210 × 297 mm) with 20 mm margins.</summary>
    public static PageFrame A4 { get; } = new(210 * PointsPerMillimetre, 297 * PointsPerMillimetre, 20 * PointsPerMillimetre);

    /// <summary>Left edge of the content area.</summary>
    public double Left => this.Margin;

    /// <summary>Right edge of the content area.</summary>
    public double Right => this.Width - this.Margin;

    /// <summary>Top edge of the content area (measured from the top of the page).</summary>
    public double Top => this.Margin;

    /// <summary>Bottom edge of the content area (measured from the top of the page).</summary>
    public double Bottom => this.Height - this.Margin;

    /// <summary>Width of the content area.</summary>
    public double ContentWidth => this.Right - this.Left;
}
