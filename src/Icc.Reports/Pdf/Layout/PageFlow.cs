using Icc.Reports.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Icc.Reports.Pdf.Layout;

/// <summary>
/// Flows blocks (paragraphs, rules, tables) down the pages of a document: keeps the current position,
/// wraps text inside the margins and starts a new page when a block does not fit. It knows nothing about
/// what the report says, so richer reports can add block types here and content elsewhere.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    private const double CellPadding = 3;

    private readonly PdfDocument document;
    private readonly PageFrame frame;
    private readonly double bottom;
    private readonly Dictionary<(string Family, double Size, bool Bold), XFont> fonts = [];
    private XGraphics graphics;
    private double y;

    /// <summary>Starts the first page.</summary>
    /// <param name="document">The document to add pages to.</param>
    /// <param name="frame">Page size and margins.</param>
    /// <param name="reservedAtBottom">Height kept free above the bottom margin for the footer.</param>
    public PageFlow(PdfDocument document, PageFrame frame, double reservedAtBottom)
    {
        this.document = document;
        this.frame = frame;
        this.bottom = frame.Bottom - reservedAtBottom;
        this.graphics = this.AddPage();
    }

    /// <summary>Draws wrapped text at the full content width.</summary>
    public void Paragraph(string text, TextStyle style, double spaceAfter = 0)
    {
        var font = this.Font(text, style);
        var lineHeight = font.GetHeight();
        var brush = new XSolidBrush(style.Color);
        foreach (var line in this.Wrap(text, font, this.frame.ContentWidth))
        {
            this.EnsureRoom(lineHeight);
            this.graphics.DrawString(line, font, brush, new XRect(this.frame.Left, this.y, this.frame.ContentWidth, lineHeight), XStringFormats.TopLeft);
            this.y += lineHeight;
        }

        this.y += spaceAfter;
    }

    /// <summary>Adds vertical space; never carries over to a new page.</summary>
    public void Space(double height) => this.y = Math.Min(this.y + height, this.bottom);

    /// <summary>A horizontal line across the content width.</summary>
    public void Rule(double thickness, XColor color, double spaceAfter = 0)
    {
        this.EnsureRoom(thickness);
        this.graphics.DrawLine(new XPen(color, thickness), this.frame.Left, this.y, this.frame.Right, this.y);
        this.y += thickness + spaceAfter;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one (keeps a heading with what follows).</summary>
    public void EnsureRoom(double height)
    {
        var atTop = this.y <= this.frame.Top;
        if (!atTop && this.y + height > this.bottom)
        {
            this.graphics.Dispose();
            this.graphics = this.AddPage();
        }
    }

    /// <summary>
    /// A table with a bold header row, repeated on every page the table runs onto. Cells wrap inside their
    /// column; a row is never split across pages.
    /// </summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, TextStyle headerStyle, TextStyle bodyStyle, XColor ruleColor)
    {
        var widths = ColumnWidths(columns, this.frame.ContentWidth);
        var header = this.LayOutRow(columns.Select(c => c.Header).ToList(), widths, headerStyle);
        this.EnsureRoom(header.Height * 2);
        this.DrawRow(columns, widths, header, headerStyle, new XPen(bodyStyle.Color, 0.8));

        var rowPen = new XPen(ruleColor, 0.4);
        foreach (var row in rows)
        {
            var cells = this.LayOutRow(row, widths, bodyStyle);
            if (this.y + cells.Height > this.bottom)
            {
                this.EnsureRoom(cells.Height);
                this.DrawRow(columns, widths, header, headerStyle, new XPen(bodyStyle.Color, 0.8));
            }

            this.DrawRow(columns, widths, cells, bodyStyle, rowPen);
        }
    }

    /// <summary>
    /// Ends drawing and writes a footer on every page: <paramref name="text"/> on the left and "Page i of n"
    /// on the right, inside the space reserved at the bottom.
    /// </summary>
    public void Finish(string text, TextStyle style)
    {
        this.graphics.Dispose();
        var count = this.document.PageCount;
        for (var index = 0; index < count; index++)
        {
            using var footer = XGraphics.FromPdfPage(this.document.Pages[index], XGraphicsPdfPageOptions.Append);
            var pageText = $"Page {index + 1} of {count}";
            var font = this.Font(text + pageText, style);
            var brush = new XSolidBrush(style.Color);
            var line = new XRect(this.frame.Left, this.frame.Bottom - font.GetHeight(), this.frame.ContentWidth, font.GetHeight());
            footer.DrawString(text, font, brush, line, XStringFormats.TopLeft);
            footer.DrawString(pageText, font, brush, line, XStringFormats.TopRight);
        }
    }

    /// <inheritdoc />
    public void Dispose() => this.graphics.Dispose();

    private static double[] ColumnWidths(IReadOnlyList<TableColumn> columns, double available)
    {
        var fixedWidth = columns.Sum(c => c.Width);
        var flexible = columns.Count(c => c.Width <= 0);
        var share = flexible == 0 ? 0 : (available - fixedWidth) / flexible;
        if (fixedWidth > available || (flexible > 0 && share <= CellPadding * 4))
        {
            throw new InvalidOperationException($"Table columns need {fixedWidth} pt but only {available} pt are available.");
        }

        return columns.Select(c => c.Width > 0 ? c.Width : share).ToArray();
    }

    private XGraphics AddPage()
    {
        var page = this.document.AddPage();
        page.Width = XUnit.FromPoint(this.frame.Width);
        page.Height = XUnit.FromPoint(this.frame.Height);
        this.y = this.frame.Top;
        return XGraphics.FromPdfPage(page);
    }

    private RowLayout LayOutRow(IReadOnlyList<string> cells, double[] widths, TextStyle style)
    {
        var laidOut = new List<CellLayout>(cells.Count);
        var height = 0d;
        for (var index = 0; index < widths.Length; index++)
        {
            var text = index < cells.Count ? cells[index] : string.Empty;
            var font = this.Font(text, style);
            var lines = this.Wrap(text, font, widths[index] - (2 * CellPadding));
            laidOut.Add(new CellLayout(font, lines));
            height = Math.Max(height, (lines.Count * font.GetHeight()) + (2 * CellPadding));
        }

        return new RowLayout(laidOut, height);
    }

    private void DrawRow(IReadOnlyList<TableColumn> columns, double[] widths, RowLayout row, TextStyle style, XPen rule)
    {
        var brush = new XSolidBrush(style.Color);
        var x = this.frame.Left;
        for (var index = 0; index < widths.Length; index++)
        {
            var cell = row.Cells[index];
            var format = new XStringFormat { Alignment = columns[index].Alignment, LineAlignment = XLineAlignment.Near };
            var lineHeight = cell.Font.GetHeight();
            for (var line = 0; line < cell.Lines.Count; line++)
            {
                var box = new XRect(x + CellPadding, this.y + CellPadding + (line * lineHeight), widths[index] - (2 * CellPadding), lineHeight);
                this.graphics.DrawString(cell.Lines[line], cell.Font, brush, box, format);
            }

            x += widths[index];
        }

        this.y += row.Height;
        this.graphics.DrawLine(rule, this.frame.Left, this.y, this.frame.Right, this.y);
    }

    private IReadOnlyList<string> Wrap(string text, XFont font, double width) =>
        TextWrapper.Wrap(text, width, s => this.graphics.MeasureString(s, font).Width);

    private XFont Font(string text, TextStyle style)
    {
        var key = (ReportFonts.FamilyFor(text), style.Size, style.Bold);
        if (!this.fonts.TryGetValue(key, out var font))
        {
            var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
            font = new XFont(key.Item1, style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options);
            this.fonts.Add(key, font);
        }

        return font;
    }

    private sealed record CellLayout(XFont Font, IReadOnlyList<string> Lines);

    private sealed record RowLayout(IReadOnlyList<CellLayout> Cells, double Height);
}
