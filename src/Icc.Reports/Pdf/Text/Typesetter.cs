using System.Globalization;
using Icc.Domain.Reporting.Document;
using Icc.Reports.Pdf.Layout;

namespace Icc.Reports.Pdf.Text;

/// <summary>
/// Turns inline runs into measured words: cleans the text, cuts it at spaces, picks a face per character
/// run and turns footnote references into raised numbers attached to the word before them.
/// </summary>
/// <param name="fonts">Faces for this render.</param>
/// <param name="measurer">Width measuring for this render.</param>
internal sealed class Typesetter(FontChooser fonts, Measurer measurer)
{
    /// <summary>Size of a footnote number relative to the text it sits in.</summary>
    private const double SuperscriptScale = 0.62;

    /// <summary>Faces for this render.</summary>
    public FontChooser Fonts => fonts;

    /// <summary>Width measuring for this render.</summary>
    public Measurer Measurer => measurer;

    /// <summary>The width of one space in a style.</summary>
    public double SpaceWidth(TextStyle style) => measurer.Width(" ", fonts.Main(style.Bold, style.Size));

    /// <summary>The words of plain text.</summary>
    public List<Word> Words(string text, TextStyle style) => this.Words([new TextRun(text)], style, _ => throw new InvalidOperationException("Plain text has no footnotes."));

    /// <summary>The words of a paragraph's inline content.</summary>
    /// <param name="content">Text runs and footnote references.</param>
    /// <param name="style">The paragraph's style; strong runs are drawn bold.</param>
    /// <param name="footnote">Numbers and lays out a footnote when its reference is met.</param>
    public List<Word> Words(IEnumerable<Inline> content, TextStyle style, Func<string, FootnoteBox> footnote)
    {
        var builder = new WordBuilder();
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun run:
                    this.AddRun(builder, ArabicShaper.Shape(TextCleaner.Clean(run.Text)), style with { Bold = style.Bold || run.Strong });
                    break;
                case FootnoteRef reference:
                    var box = footnote(reference.Text);
                    var font = fonts.Main(false, style.Size * SuperscriptScale);
                    var number = box.Number.ToString(CultureInfo.InvariantCulture);
                    builder.Add(new Piece(number, font, style.Color, style.Size * 0.36, measurer.Width(number, font)));
                    builder.AddFootnote(box);
                    break;
            }
        }

        return builder.Finish();
    }

    private void AddRun(WordBuilder builder, string text, TextStyle style)
    {
        var first = true;
        foreach (var segment in text.Split(' '))
        {
            if (!first)
            {
                builder.Break();
            }

            first = false;
            foreach (var (part, font) in fonts.Runs(segment, style.Bold, style.Size))
            {
                builder.Add(new Piece(part, font, style.Color, 0, measurer.Width(part, font)));
            }
        }
    }

    /// <summary>Collects pieces into words; a space closes the current word.</summary>
    private sealed class WordBuilder
    {
        private readonly List<Word> words = [];
        private List<Piece> pieces = [];
        private List<FootnoteBox> footnotes = [];
        private bool spaceBefore;

        public void Add(Piece piece) => this.pieces.Add(piece);

        public void AddFootnote(FootnoteBox box) => this.footnotes.Add(box);

        public void Break()
        {
            this.Flush();
            this.spaceBefore = true;
        }

        public List<Word> Finish()
        {
            this.Flush();
            return this.words;
        }

        private void Flush()
        {
            if (this.pieces.Count == 0)
            {
                return;
            }

            this.words.Add(new Word(this.pieces, this.spaceBefore && this.words.Count > 0, this.footnotes));
            this.pieces = [];
            this.footnotes = [];
            this.spaceBefore = false;
        }
    }
}
