using Icc.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Icc.Reports.Pdf;

/// <summary>The report's type sizes and colours, in one place so a fuller report can restyle it.</summary>
internal static class ReportStyles
{
    /// <summary>Council of Europe blue, for the title and headings.</summary>
    public static readonly XColor Accent = XColor.FromArgb(0, 51, 153);

    /// <summary>Body text.</summary>
    public static readonly XColor Ink = XColor.FromArgb(33, 33, 33);

    /// <summary>Secondary text and thin rules.</summary>
    public static readonly XColor Muted = XColor.FromArgb(110, 110, 110);

    /// <summary>Row separators.</summary>
    public static readonly XColor Hairline = XColor.FromArgb(200, 200, 200);

    public static readonly TextStyle Title = new(18, true, Accent);
    public static readonly TextStyle Subtitle = new(13, false, Ink);
    public static readonly TextStyle Heading = new(12, true, Accent);
    public static readonly TextStyle Body = new(10, false, Ink);
    public static readonly TextStyle TableHeader = new(9, true, Ink);
    public static readonly TextStyle Note = new(8.5, false, Muted);
    public static readonly TextStyle Footer = new(8, false, Muted);

    /// <summary>Width of a numeric table column.</summary>
    public const double FigureColumn = 84;

    /// <summary>Height kept for the footer above the bottom margin.</summary>
    public const double FooterBand = 24;
}
