using PdfSharp.Drawing;

namespace Icc.Reports.Pdf.Layout;

/// <summary>A table column.</summary>
/// <param name="Header">Header text (wraps like any cell).</param>
/// <param name="Width">Width in points; 0 shares the width left over by the fixed columns.</param>
/// <param name="Alignment">Horizontal alignment of the column's text.</param>
internal sealed record TableColumn(string Header, double Width, XStringAlignment Alignment = XStringAlignment.Near);
