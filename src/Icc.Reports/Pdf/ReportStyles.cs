using Icc.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Icc.Reports.Pdf;

/// <summary>The report's type sizes, colours and spacing, in one place.</summary>
internal static class ReportStyles
{
    /// <summary>Council of Europe blue, for titles, headings and the city's bars.</summary>
    public static readonly XColor Accent = XColor.FromArgb(0, 51, 153);

    /// <summary>Body text.</summary>
    public static readonly XColor Ink = XColor.FromArgb(33, 33, 33);

    /// <summary>Secondary text and thin rules.</summary>
    public static readonly XColor Muted = XColor.FromArgb(110, 110, 110);

    /// <summary>Row separators.</summary>
    public static readonly XColor Hairline = XColor.FromArgb(200, 200, 200);

    /// <summary>Table header shading.</summary>
    public static readonly XColor Shade = XColor.FromArgb(232, 237, 246);

    public static readonly TextStyle CoverTitle = new(30, true, Accent, 1.25);
    public static readonly TextStyle CoverSubtitle = new(16, false, Ink, 1.3);
    public static readonly TextStyle CoverLine = new(11, false, Muted);
    public static readonly TextStyle Heading1 = new(17, true, Accent, 1.3);
    public static readonly TextStyle Heading2 = new(13, true, Accent, 1.3);
    public static readonly TextStyle Heading3 = new(11, true, Ink, 1.35);
    public static readonly TextStyle Subheading = new(10, true, Accent);
    public static readonly TextStyle Body = new(10, false, Ink, 1.45);
    public static readonly TextStyle Caption = new(9, true, Muted);
    public static readonly TextStyle TableHeader = new(8.5, true, Ink, 1.3);
    public static readonly TextStyle TableCell = new(8.5, false, Ink, 1.3);
    public static readonly TextStyle Footnote = new(7.5, false, Ink, 1.35);
    public static readonly TextStyle Running = new(7.5, false, Muted, 1.3);
    public static readonly TextStyle ContentsEntry = new(10, false, Ink, 1.5);
    public static readonly TextStyle ContentsSection = new(10, true, Ink, 1.5);

    /// <summary>Space between paragraphs.</summary>
    public const double ParagraphGap = 6;

    /// <summary>Space around tables and charts.</summary>
    public const double FigureGap = 12;

    /// <summary>Indent of bulleted items' text; the bullet sits in the indent.</summary>
    public const double BulletIndent = 16;

    /// <summary>Indent of footnote text after its number.</summary>
    public const double FootnoteIndent = 12;

    /// <summary>Padding inside table cells.</summary>
    public const double CellPadding = 4;

    /// <summary>The heading style for a nesting level.</summary>
    public static TextStyle Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };

    /// <summary>Space above a heading of a level (a level-1 heading opens a page, so it needs none).</summary>
    public static double HeadingGap(int level) => level switch
    {
        1 => 0,
        2 => 16,
        _ => 12,
    };
}
