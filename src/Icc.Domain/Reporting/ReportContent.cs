namespace Icc.Domain.Reporting;

/// <summary>
/// What a report says, independent of how it is drawn. The renderer turns it into pages; nothing in
/// here knows about fonts, PDF or charts.
/// </summary>
/// <param name="Title">Document title, e.g. "Asan City: Intercultural Cities Index analysis 2024".</param>
/// <param name="CityName">The city's name.</param>
/// <param name="Country">The city's country.</param>
/// <param name="Year">The index year.</param>
/// <param name="QuestionnaireId">The questionnaire version answered.</param>
/// <param name="Index">Aggregate index (original).</param>
/// <param name="ExtendedIndex">Aggregate index (extended).</param>
/// <param name="Lens">Intercultural lens composite.</param>
/// <param name="Areas">Per-area lines in report order.</param>
/// <param name="Sample">The comparison sample, or null when there is none yet.</param>
/// <param name="Language">The document language (BCP 47), for PDF metadata.</param>
public sealed record ReportContent(
    string Title,
    string CityName,
    string Country,
    int Year,
    string QuestionnaireId,
    int? Index,
    int? ExtendedIndex,
    int? Lens,
    IReadOnlyList<AreaLine> Areas,
    SampleInfo? Sample,
    string Language = "en");

/// <summary>One area's figures for the report.</summary>
/// <param name="AreaId">Area id.</param>
/// <param name="Name">Area name.</param>
/// <param name="Rate">City's rate (original index), null for extended-only areas.</param>
/// <param name="ExtendedRate">City's extended rate.</param>
/// <param name="SampleRate">The sample's rate for the same index, when a sample exists.</param>
public sealed record AreaLine(string AreaId, string Name, int? Rate, int? ExtendedRate, decimal? SampleRate);

/// <summary>The sample the city is compared with.</summary>
/// <param name="Version">Benchmark snapshot version.</param>
/// <param name="Cities">Number of cities in the sample.</param>
/// <param name="ComputedAt">When the snapshot was computed.</param>
public sealed record SampleInfo(string Version, int Cities, DateTimeOffset ComputedAt);
