namespace Icc.Reports.Pdf.Layout;

/// <summary>
/// A page's size and margins in points (1/72 inch), y growing downwards. Everything the report draws,
/// running header and footer included, stays inside the margins; the body sits between the two bands.
/// </summary>
/// <param name="Width">Page width.</param>
/// <param name="Height">Page height.</param>
/// <param name="Margin">The margin on each of the four sides.</param>
public sealed record PageFrame(double Width, double Height, double Margin)
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>A4 portrait (210 × 297 mm) with 20 mm margins.</summary>
    public static PageFrame A4 { get; } = new(210 * PointsPerMillimetre, 297 * PointsPerMillimetre, 20 * PointsPerMillimetre);

    /// <summary>Height of the running header band at the top of the content area.</summary>
    public double HeaderBand => 26;

    /// <summary>Height of the footer band at the bottom of the content area.</summary>
    public double FooterBand => 26;

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

    /// <summary>Where body text starts, below the running header.</summary>
    public double BodyTop => this.Top + this.HeaderBand;

    /// <summary>Where body text (and footnotes) end, above the footer.</summary>
    public double BodyBottom => this.Bottom - this.FooterBand;

    /// <summary>Height available to body content on one page.</summary>
    public double BodyHeight => this.BodyBottom - this.BodyTop;
}
