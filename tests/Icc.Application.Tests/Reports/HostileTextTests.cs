using Icc.Domain.Reporting.Document;
using UglyToad.PdfPig;
using static Icc.Application.Tests.Reports.RenderedPdf;
using static Icc.Application.Tests.Reports.TestDocuments;

namespace Icc.Application.Tests.Reports;

public sealed class HostileTextTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "long word", new string('x', 5000) },
        { "korean", "아산시는 다문화 도시입니다. " + string.Concat(Enumerable.Repeat("상호문화도시 ", 200)) },
        { "arabic", "المدينة المتعددة الثقافات " + string.Concat(Enumerable.Repeat("مرحبا بكم ", 100)) },
        { "emoji", "Welcome 😀👩‍👩‍👧 🇰🇷 to the city " + string.Concat(Enumerable.Repeat("🎉", 300)) },
        { "controls", "Tab\there, bell\u0007, null\0, bidi\u202Eoverride\u202C, zero\u200Bwidth, lone \uD800 surrogate, line\r\nbreaks" },
        { "mixed scripts", "Asan 아산 Асан Ασάν אסאן 阿山 आसन ອາຊານ " + new string('ß', 300) },
        { "long text", string.Concat(Enumerable.Range(0, 4000).Select(i => i % 97 == 0 ? "extraordinarilylongwordhere " : "word ")) + "END" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Render_HostileTextEverywhere_StaysInsideTheMargins(string kind, string text)
    {
        // The same text as cover title, heading, paragraph, bullet, footnote, table cell and chart label: no crash, nothing off the page.
        Assert.NotEmpty(kind);
        var document = new ReportDocument(
            Info with { Title = text, Author = text },
            new CoverPage(text, text, [text, text]),
            [
                new ReportSection("hostile", text, [
                    new Paragraph([new TextRun(text), new FootnoteRef(text), new TextRun(text, Strong: true)]),
                    new Subheading(text),
                    new BulletList([new Paragraph(text)]),
                    new Table([new TableColumnSpec(text, 1), new TableColumnSpec("n", 0.2, Numeric: true)], [[text, text]], text),
                    new BarChart("hostile", text, [text, "b"], [new ChartSeries(text, SeriesRole.City, [10, 20])]),
                ], [new ReportSection("sub", text, [new Paragraph(text)])]),
            ]);

        var bytes = Render(document);

        AssertInsideMargins(bytes);
    }

    [Fact]
    public void Render_DegenerateBlocks_RenderInsideTheMargins()
    {
        // Empty texts, lists, tables and charts, a table of 150 columns and a chart of 400 categories all render.
        var wide = Enumerable.Range(0, 150).Select(i => new TableColumnSpec($"Column {i}", 1, Numeric: i % 2 == 0)).ToList();
        var many = Enumerable.Range(0, 400).Select(i => $"Category {i}").ToList();
        var document = Document(
            Section(string.Empty, new Paragraph(string.Empty), new Paragraph([]), new BulletList([]), new BulletList([new Paragraph(" ")]), new Subheading("")),
            Section(
                "Tables",
                new Table([], []),
                new Table([new TableColumnSpec("Only header", 1)], []),
                new Table([new TableColumnSpec("Bad widths", 0), new TableColumnSpec("Negative", -3), new TableColumnSpec("NaN", double.NaN)], [[], ["one"], ["a", "b", "c", "extra cell"]]),
                new Table(wide, [wide.Select(c => c.Header + " value").ToList()])),
            Section(
                "Charts",
                new BarChart("none", "No categories", [], [new ChartSeries("City", SeriesRole.City, [])]),
                new BarChart("noseries", "No series", ["A", "B"], []),
                new BarChart("many", "Many categories", many, [new ChartSeries("City", SeriesRole.City, many.Select((_, i) => (double?)(i % 100)).ToList())], ChartOrientation.Horizontal)));

        var bytes = Render(document);

        AssertInsideMargins(bytes);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(3, pdf.GetPages().Sum(p => p.GetImages().Count()));
    }

    [Fact]
    public void Render_200000CharacterParagraph_FlowsOverManyPagesInsideTheMargins()
    {
        // One paragraph of 200 000 characters is set over dozens of pages, nothing lost at its end, nothing off a page.
        var text = string.Concat(Enumerable.Range(0, 40000).Select(i => i % 97 == 0 ? "extraordinarily " : "word ")) + "Finalword";
        Assert.True(text.Length >= 200_000);

        var bytes = Render(Document(Section("Huge", new Paragraph(text))));

        AssertInsideMargins(bytes);
        var texts = PageTexts(bytes);
        Assert.True(texts.Count > 30, $"{texts.Count} pages");
        Assert.Contains("Finalword", texts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_5000CharacterWord_IsBrokenIntoLinesKeepingEveryLetter()
    {
        // A word longer than a line is broken between letters, and no letter is lost.
        var word = string.Concat(Enumerable.Range(0, 5000).Select(i => (char)('a' + (i % 26))));

        using var pdf = PdfDocument.Open(Render(Document(Section("Lima", new Paragraph(word)))));
        var body = string.Concat(pdf.GetPages().Skip(2).SelectMany(p => LettersOfSize(p, 10)).Select(l => l.Value));

        Assert.Equal(word, body);
    }

    [Fact]
    public void Render_KoreanAndCyrillic_ExtractBackAndUseFontsThatHaveTheGlyphs()
    {
        // Hangul is set in NanumGothic and Cyrillic in DejaVu, word by word within one paragraph, and both read back.
        var document = Document(Section("아산시 개요", new Paragraph("Asan (아산시) is twinned with Город Асан in the story; 상호문화도시 means intercultural city.")));

        var bytes = Render(document);

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(3);
        var text = Squash(page.Text);
        Assert.Contains("(아산시)", text, StringComparison.Ordinal);
        Assert.Contains("ГородАсан", text, StringComparison.Ordinal);
        Assert.Contains("상호문화도시", text, StringComparison.Ordinal);
        Assert.All(page.Letters.Where(l => l.Value is "아" or "상"), l => Assert.Contains("NanumGothic", l.FontName, StringComparison.Ordinal));
        Assert.All(page.Letters.Where(l => l.Value is "Г" or "А"), l => Assert.Contains("DejaVu", l.FontName, StringComparison.Ordinal));
        Assert.Equal(3, HeadingPage(pdf, "아산시 개요"));
    }

    [Fact]
    public void Render_ArabicPhrase_IsJoinedAndDrawnRightToLeft()
    {
        // "مرحبا بكم" inside English: letters take their joined forms and the phrase reads from the right.
        using var pdf = PdfDocument.Open(Render(Document(Section("Romeo", new Paragraph("Welcome: مرحبا بكم to the city.")))));
        var letters = pdf.GetPage(3).Letters.Where(l => l.Value.Length == 1 && l.Value[0] >= '\uFE70').ToList();

        // Meem initial (U+FEE3) opens the first word, alef final (U+FE8E) ends it; beh initial (U+FE91) opens the second.
        var meem = Assert.Single(letters, l => l.Value == "\uFEE3");
        var alef = Assert.Single(letters, l => l.Value == "\uFE8E");
        var beh = Assert.Single(letters, l => l.Value == "\uFE91");
        Assert.True(meem.StartBaseLine.X > alef.StartBaseLine.X, "a word's first letter is right of its last");
        Assert.True(alef.StartBaseLine.X > beh.StartBaseLine.X, "the first word is right of the second");
        Assert.Equal(9 - 1, letters.Count);
    }

    [Fact]
    public void Render_CharactersNoFontHas_ShowAPlaceholder()
    {
        // Characters outside every font (a crab emoji, Devanagari) become a visible white square instead of vanishing.
        var texts = PageTexts(Render(Document(Section("Mike", new Paragraph("Crab 🦀 and आसन here")))));

        Assert.Contains("Crab□and□□□here", texts[2], StringComparison.Ordinal);
    }
}
