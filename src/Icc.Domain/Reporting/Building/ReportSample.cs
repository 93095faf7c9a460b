using Icc.Domain.Benchmarking;
using Icc.Domain.Benchmarking.Sample;
using Icc.Domain.Scoring;

namespace Icc.Domain.Reporting.Building;

/// <summary>
/// The benchmark a report compares with: the snapshot's statistics and the cities it was computed from
/// (ranks and neighbours need the cities, not only the statistics).
/// </summary>
/// <param name="Snapshot">The statistics per group.</param>
/// <param name="Members">The sample's cities.</param>
public sealed record ReportSample(BenchmarkSnapshot Snapshot, IReadOnlyList<BenchmarkEntry> Members)
{
    /// <summary>The group id of the whole sample.</summary>
    public const string All = "all";

    /// <summary>The group id of the cities that answered the new chapters.</summary>
    public const string NewIndicators = "new-indicators";

    /// <summary>
    /// The embedded default sample with <paramref name="city"/> as its latest publication: an earlier
    /// result of the same city (same id or name) is replaced, as publishing does. For offline reports.
    /// </summary>
    public static ReportSample EmbeddedWith(BenchmarkEntry city)
    {
        List<BenchmarkEntry> members =
        [
            .. DefaultSample.Cities.Select(c => c.Entry)
                .Where(e => e.CityId != city.CityId && !string.Equals(e.CityName, city.CityName, StringComparison.OrdinalIgnoreCase)),
            city,
        ];
        return new ReportSample(BenchmarkCalculator.Compute(members, DefaultSample.Version, DefaultSample.Date), members);
    }

    /// <summary>The population group of a city.</summary>
    public static string PopulationGroup(BenchmarkEntry city) => "population:" + Bands.PopulationBand(city.Population).Id;

    /// <summary>The foreign-born group of a city.</summary>
    public static string ForeignBornGroup(BenchmarkEntry city) => "foreign-born:" + Bands.ForeignBornBand(city.ForeignBornShare).Id;

    /// <summary>A group's statistics.</summary>
    public GroupStatistics Group(string groupId) => this.Snapshot.Group(groupId);

    /// <summary>The group's mean of the figure as printed (truncated), or null when the group is too small or has no value.</summary>
    public int? Mean(string groupId, string figure)
    {
        var group = this.Group(groupId);
        return !group.TooSmall && group.Figures.TryGetValue(figure, out var statistics) ? Rounding.Truncate(statistics.Mean) : null;
    }

    /// <summary>How many cities of the group have a value for the figure (0 when too small).</summary>
    public int Count(string groupId, string figure) =>
        this.Group(groupId).Figures.TryGetValue(figure, out var statistics) ? statistics.Count : 0;

    /// <summary>The city's position in the group for the figure, or null (no value, or group too small).</summary>
    public Position? PositionOf(BenchmarkEntry city, string groupId, string figure) =>
        this.Group(groupId).TooSmall
            ? null
            : BenchmarkCalculator.PositionOf(this.Members, city, ComparisonGroup.Standard.Single(g => g.Id == groupId), figure);

    /// <summary>The cities just above and just below the city for the figure in the whole sample (printed values).</summary>
    public (BenchmarkEntry? Above, BenchmarkEntry? Below) Neighbours(BenchmarkEntry city, string figure)
    {
        if (!city.Figures.TryGetValue(figure, out var own))
        {
            return (null, null);
        }

        var printed = Rounding.Truncate(own);
        var others = this.Members.Where(m => m.CityId != city.CityId && m.Figures.ContainsKey(figure))
            .Select(m => (Entry: m, Value: Rounding.Truncate(m.Figures[figure])))
            .ToList();
        var above = others.Where(o => o.Value > printed).OrderBy(o => o.Value).ThenBy(o => o.Entry.CityName, StringComparer.Ordinal).FirstOrDefault();
        var below = others.Where(o => o.Value < printed).OrderByDescending(o => o.Value).ThenBy(o => o.Entry.CityName, StringComparer.Ordinal).FirstOrDefault();
        return (above.Entry, below.Entry);
    }
}
