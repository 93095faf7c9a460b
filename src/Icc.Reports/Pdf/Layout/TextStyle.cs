using PdfSharp.Drawing;

namespace Icc.Reports.Pdf.Layout;

/// <summary>How a piece of text looks; the font family is chosen per string from its script.</summary>
/// <param name="Size">Font size in points.</param>
/// <param name="Bold">Bold weight.</param>
/// <param name="Color">Text colour.</param>
internal sealed record TextStyle(double Size, bool Bold, XColor Color);
