using System.Globalization;
using Icc.Domain.Reporting.Document;
using Icc.Domain.Reporting.Sections;

namespace Icc.Domain.Reporting.Building;

/// <summary>
/// Builds the report as a document, sections in the published order: introduction, city overview,
/// commitment, the intercultural lens with its six areas, the other areas in questionnaire order, overall
/// conclusions, recommendations, and the annex on how each rate was computed.
/// </summary>
public static class ReportBuilder
{
    /// <summary>The author in the document metadata.</summary>
    public const string Author = "Council of Europe Intercultural Cities Index service";

    /// <summary>Builds the report.</summary>
    public static ReportDocument Build(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var areas = inputs.Questionnaire.Areas.Select(a => AreaStanding.Of(inputs, a)).ToList();
        var lens = areas.Where(a => a.Area.InLens).ToList();
        List<ReportSection> sections = [IntroductionSection.Build(inputs), CityOverviewSection.Build(inputs)];
        foreach (var area in areas)
        {
            if (!area.Area.InLens)
            {
                sections.Add(AreaSection.Build(inputs, area));
            }
            else if (area == lens[0])
            {
                sections.Add(LensSection.Build(inputs, lens));
            }
        }

        sections.Add(OverallSection.Build(inputs, areas));
        sections.Add(RecommendationsSection.Build(inputs, areas));
        sections.Add(ComputationAnnex.Build(inputs, areas));
        return new ReportDocument(Info(inputs), Cover(inputs), sections);
    }

    private static DocumentInfo Info(ReportInputs inputs)
    {
        var city = inputs.Sheet.City;
        var year = city.Year.ToString(CultureInfo.InvariantCulture);
        return new DocumentInfo(
            $"{city.Name}: Intercultural Cities Index analysis {year}",
            Author,
            $"The Intercultural Cities Index {year} of {city.Name}, {city.Country}, compared with the benchmark sample (questionnaire {inputs.Questionnaire.Id})",
            "Intercultural Cities; ICC Index; " + city.Name,
            "en",
            Date(inputs));
    }

    private static CoverPage Cover(ReportInputs inputs)
    {
        var city = inputs.Sheet.City;
        List<string> lines = [city.Region is { Length: > 0 } region ? $"{region}, {city.Country}" : city.Country];
        if (inputs.Sample?.Snapshot is { } snapshot)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"A comparison with {snapshot.Cities} cities (benchmark of {snapshot.ComputedAt.UtcDateTime:MMMM yyyy})"));
            if (snapshot.SyntheticCities > 0)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{snapshot.SyntheticCities} of them synthetic, generated to match the published sample"));
            }
        }

        lines.Add(Date(inputs).UtcDateTime.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        return new CoverPage(city.Name, $"Intercultural Cities Index analysis {city.Year.ToString(CultureInfo.InvariantCulture)}", lines);
    }

    // The document's date comes from the inputs, never the clock, so the same inputs give the same bytes.
    private static DateTimeOffset Date(ReportInputs inputs) =>
        inputs.Sample?.Snapshot.ComputedAt ?? new DateTimeOffset(Math.Clamp(inputs.Sheet.City.Year, 1, 9999), 1, 1, 0, 0, 0, TimeSpan.Zero);
}
