using Icc.Domain.Reporting;

namespace Icc.Application.Tests.Reports;

/// <summary>Report content shaped like a real icc-2019 report: 17 areas, three of them extended-only.</summary>
internal static class SampleReports
{
    private static readonly (string Id, string Name, bool ExtendedOnly)[] AreaDefinitions =
    [
        ("commitment", "Commitment", false),
        ("education", "Education", false),
        ("neighbourhoods", "Neighbourhoods", false),
        ("public-services", "Public services", false),
        ("business-and-labour-market", "Business and the labour market", false),
        ("cultural-and-social-life", "Cultural and social life", false),
        ("public-space", "Public space", false),
        ("mediation-and-conflict-resolution", "Mediation and conflict resolution", false),
        ("language", "Language", false),
        ("media-and-communication", "Media and communication", false),
        ("international-outlook", "International outlook", false),
        ("intercultural-intelligence-and-competence", "Intercultural intelligence and competence", false),
        ("welcoming-newcomers", "Welcoming newcomers", false),
        ("leadership-and-citizenship", "Leadership and citizenship", false),
        ("anti-discrimination", "Anti-discrimination", true),
        ("participation", "Participation", true),
        ("interaction", "Interaction", true),
    ];

    /// <summary>A benchmark sample of 42 cities.</summary>
    public static readonly SampleInfo Sample = new("2024.3", 42, new DateTimeOffset(2024, 11, 5, 14, 30, 0, TimeSpan.FromHours(1)));

    /// <summary>The area lines: extended-only areas have no original rate, one area has no rate at all.</summary>
    public static IReadOnlyList<AreaLine> Areas(bool withSample) =>
        AreaDefinitions.Select((a, i) => new AreaLine(
                a.Id,
                a.Name,
                a.ExtendedOnly ? null : 40 + (i * 3),
                a.Id == "media-and-communication" ? null : 35 + (i * 3),
                withSample && a.Id != "interaction" ? 50.25m + i : null))
            .ToList();

    /// <summary>A report for Testville; with or without a sample.</summary>
    public static ReportContent For(string city = "Testville", SampleInfo? sample = null) =>
        new(
            $"{city}: Intercultural Cities Index analysis 2024",
            city,
            "Nowhere",
            2024,
            "icc-2019",
            71,
            68,
            65,
            Areas(sample is not null),
            sample);
}
