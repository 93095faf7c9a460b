namespace Icc.Domain.Reporting.Document;

/// <summary>
/// A report as a document: metadata, a cover and nested sections of blocks. It says what is written and
/// charted, never how: fonts, page breaks, numbering and placement belong to the renderer.
/// </summary>
/// <param name="Info">Document metadata (title, author, subject, language, date).</param>
/// <param name="Cover">What the cover page shows.</param>
/// <param name="Sections">Top-level sections in reading order; the contents page lists them and their subsections.</param>
public sealed record ReportDocument(DocumentInfo Info, CoverPage Cover, IReadOnlyList<ReportSection> Sections);

/// <summary>Document metadata.</summary>
/// <param name="Title">Title, e.g. "Asan City: Intercultural Cities Index analysis 2024".</param>
/// <param name="Author">Author.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Keywords">Keywords, separated by semicolons.</param>
/// <param name="Language">BCP 47 language tag of the text, e.g. "en".</param>
/// <param name="Date">
/// The document's date. Derived from the inputs (never the clock) so the same inputs give the same bytes.
/// </param>
public sealed record DocumentInfo(string Title, string Author, string Subject, string Keywords, string Language, DateTimeOffset Date);

/// <summary>The cover page.</summary>
/// <param name="Title">Main title, e.g. the city's name.</param>
/// <param name="Subtitle">e.g. "Intercultural Cities Index analysis".</param>
/// <param name="Lines">Further lines under the subtitle (date, country, notices), in order.</param>
public sealed record CoverPage(string Title, string Subtitle, IReadOnlyList<string> Lines);

/// <summary>A section: a heading, its blocks, then its subsections. Nesting gives the heading level.</summary>
/// <param name="Id">Stable id (e.g. "area-education"), used for bookmarks and tests.</param>
/// <param name="Title">The heading text.</param>
/// <param name="Blocks">Body blocks in order.</param>
/// <param name="Subsections">Child sections, drawn after the blocks.</param>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportSection> Subsections)
{
    /// <summary>A section without subsections.</summary>
    public ReportSection(string id, string title, IReadOnlyList<ReportBlock> blocks)
        : this(id, title, blocks, [])
    {
    }
}
