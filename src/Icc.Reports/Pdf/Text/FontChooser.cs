using System.Collections.Concurrent;
using System.Text;
using Icc.Reports.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Icc.Reports.Pdf.Text;

/// <summary>
/// Picks a face for every character: DejaVu Sans where it has the glyph, NanumGothic for Korean and the
/// CJK characters it carries, and a visible placeholder for what no face draws (emoji, scripts the report
/// has no font for), so nothing is silently lost and nothing crashes. Consecutive characters with the
/// same face stay one run, so a Korean word in an English sentence is one NanumGothic run.
/// </summary>
internal sealed class FontChooser
{
    /// <summary>Drawn for a character no face has: a white square, which DejaVu Sans carries.</summary>
    public const string Placeholder = "\u25A1";

    // Choices depend only on the font files, so they are shared by every render in the process.
    private static readonly ConcurrentDictionary<(int CodePoint, bool Bold), int> Choices = new();

    private readonly Dictionary<(string Family, bool Bold, double Size), XFont> fonts = [];

    /// <summary>The font for a family, weight and size, created once per render.</summary>
    public XFont Font(string family, bool bold, double size)
    {
        if (!this.fonts.TryGetValue((family, bold, size), out var font))
        {
            var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
            font = new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options);
            this.fonts.Add((family, bold, size), font);
        }

        return font;
    }

    /// <summary>The main face at a weight and size, for spaces, bullets and numbers.</summary>
    public XFont Main(bool bold, double size) => this.Font(FontCatalog.MainFamily, bold, size);

    /// <summary>Cuts cleaned text (see <see cref="TextCleaner"/>) into runs of one face each.</summary>
    public List<(string Text, XFont Font)> Runs(string text, bool bold, double size)
    {
        var runs = new List<(string, XFont)>();
        var order = FontCatalog.FallbackOrder(bold);
        var builder = new StringBuilder();
        var current = -2;
        foreach (var rune in text.EnumerateRunes())
        {
            var choice = Choose(rune, bold, order);
            if (choice != current && builder.Length > 0)
            {
                runs.Add((builder.ToString(), this.FontOf(current, bold, size, order)));
                builder.Clear();
            }

            current = choice;
            builder.Append(choice < 0 ? Placeholder : rune.ToString());
        }

        if (builder.Length > 0)
        {
            runs.Add((builder.ToString(), this.FontOf(current, bold, size, order)));
        }

        return runs;
    }

    /// <summary>The index in <paramref name="order"/> of the first face with the glyph, or -1.</summary>
    private static int Choose(Rune rune, bool bold, IReadOnlyList<(string Family, bool Bold, FontFace Face)> order)
    {
        if (rune.Value < 0x7F)
        {
            return 0;
        }

        return Choices.GetOrAdd((rune.Value, bold), key =>
        {
            // U+FFFD stands for broken UTF-16 in the input: show it as the placeholder too.
            if (key.CodePoint == Rune.ReplacementChar.Value)
            {
                return -1;
            }

            for (var index = 0; index < order.Count; index++)
            {
                if (GlyphCoverage.Has(order[index].Face, key.CodePoint))
                {
                    return index;
                }
            }

            return -1;
        });
    }

    private XFont FontOf(int choice, bool bold, double size, IReadOnlyList<(string Family, bool Bold, FontFace Face)> order) =>
        choice < 0 ? this.Main(bold, size) : this.Font(order[choice].Family, order[choice].Bold, size);
}
