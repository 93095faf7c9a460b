using Icc.Domain.Answers;
using Icc.Domain.Scoring;

namespace Icc.Domain.Benchmarking;

/// <summary>One published city as the benchmark sees it: its bands and its unrounded figures.</summary>
/// <param name="CityId">The city.</param>
/// <param name="CityName">Its name, for position sentences ("between X (65) and Y (63)").</param>
/// <param name="Synthetic">True for cities of the generated default sample, labelled as such wherever they appear.</param>
/// <param name="Population">Inhabitants (population band).</param>
/// <param name="ForeignBornShare">Foreign-born share in percent (foreign-born band).</param>
/// <param name="Figures">Unrounded figures by figure id (see <see cref="Figures"/>); a figure the city has no value for is absent.</param>
public sealed record BenchmarkEntry(
    string CityId,
    string CityName,
    bool Synthetic,
    long Population,
    decimal ForeignBornShare,
    IReadOnlyDictionary<string, decimal> Figures)
{
    /// <summary>The entry of a scored city.</summary>
    public static BenchmarkEntry From(string cityId, CityProfile city, Scorecard card, bool synthetic = false) =>
        new(cityId, city.Name, synthetic, city.Population, city.ForeignBornShare, Benchmarking.Figures.Of(card));

    /// <summary>
    /// True when the city answered the new indicators: it rated participation or interaction, the two
    /// chapters added in 2019 as optional (anti-discrimination is mandatory, so it tells nothing).
    /// </summary>
    public bool AnsweredNewIndicators => Benchmarking.Figures.OptionalNewAreas.Any(a => this.Figures.ContainsKey(Benchmarking.Figures.Extended(a)));
}
