using PdfSharp.Drawing;

namespace Icc.Reports.Pdf.Layout;

/// <summary>
/// One thing to draw at a fixed place. Layout produces these relative to a slice, the page flow shifts
/// them to their page position, and the writer draws them; nothing is measured again while drawing.
/// </summary>
internal abstract record DrawOp
{
    /// <summary>The same op moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public abstract DrawOp Shift(double dx, double dy);

    /// <summary>Draws the op.</summary>
    public abstract void Draw(XGraphics graphics);
}

/// <summary>Text on a baseline, starting at <paramref name="X"/>.</summary>
internal sealed record TextOp(double X, double Baseline, string Text, XFont Font, XColor Color) : DrawOp
{
    /// <inheritdoc />
    public override DrawOp Shift(double dx, double dy) => this with { X = this.X + dx, Baseline = this.Baseline + dy };

    /// <inheritdoc />
    public override void Draw(XGraphics graphics) =>
        graphics.DrawString(this.Text, this.Font, new XSolidBrush(this.Color), this.X, this.Baseline, XStringFormats.BaseLineLeft);
}

/// <summary>A straight line, solid or dotted.</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, double Width, XColor Color, bool Dotted = false) : DrawOp
{
    /// <inheritdoc />
    public override DrawOp Shift(double dx, double dy) =>
        this with { X1 = this.X1 + dx, Y1 = this.Y1 + dy, X2 = this.X2 + dx, Y2 = this.Y2 + dy };

    /// <inheritdoc />
    public override void Draw(XGraphics graphics)
    {
        var pen = new XPen(this.Color, this.Width);
        if (this.Dotted)
        {
            // Round dots spaced a few widths apart, as in a printed table of contents (XDashStyle.Dot packs them tight).
            pen.LineCap = XLineCap.Round;
            pen.DashStyle = XDashStyle.Custom;
            pen.DashPattern = [0.01, 4];
        }

        graphics.DrawLine(pen, this.X1, this.Y1, this.X2, this.Y2);
    }
}

/// <summary>A filled rectangle (table header shading, cover band).</summary>
internal sealed record FillOp(double X, double Y, double Width, double Height, XColor Color) : DrawOp
{
    /// <inheritdoc />
    public override DrawOp Shift(double dx, double dy) => this with { X = this.X + dx, Y = this.Y + dy };

    /// <inheritdoc />
    public override void Draw(XGraphics graphics) =>
        graphics.DrawRectangle(new XSolidBrush(this.Color), this.X, this.Y, this.Width, this.Height);
}

/// <summary>An imported image scaled into a rectangle.</summary>
internal sealed record ImageOp(double X, double Y, double Width, double Height, XImage Image) : DrawOp
{
    /// <inheritdoc />
    public override DrawOp Shift(double dx, double dy) => this with { X = this.X + dx, Y = this.Y + dy };

    /// <inheritdoc />
    public override void Draw(XGraphics graphics) => graphics.DrawImage(this.Image, this.X, this.Y, this.Width, this.Height);
}
