using Icc.Domain.Answers;
using Icc.Domain.Scoring;

namespace Icc.Domain.Reporting;

/// <summary>Builds report content from a scorecard, the city profile and, when there is one, the sample rates.</summary>
public static class ReportContentBuilder
{
    /// <summary>The report content for a scored submission.</summary>
    /// <param name="card">The city's scorecard.</param>
    /// <param name="city">The city profile.</param>
    /// <param name="sample">The sample description, or null.</param>
    /// <param name="sampleRates">The sample's rate per area id (original index; extended for extended-only areas), or null.</param>
    public static ReportContent Build(Scorecard card, CityProfile city, SampleInfo? sample, IReadOnlyDictionary<string, decimal>? sampleRates)
    {
        var areas = card.Areas
            .Select(a => new AreaLine(a.Id, a.Name, a.Rate, a.ExtendedRate, SampleRate(sampleRates, a.Id)))
            .ToList();
        return new ReportContent(
            $"{city.Name}: Intercultural Cities Index analysis {city.Year}",
            city.Name,
            city.Country,
            city.Year,
            card.QuestionnaireId,
            card.Index,
            card.ExtendedIndex,
            card.Lens,
            areas,
            sample);
    }

    private static decimal? SampleRate(IReadOnlyDictionary<string, decimal>? rates, string areaId) =>
        rates is not null && rates.TryGetValue(areaId, out var rate) ? rate : null;
}
