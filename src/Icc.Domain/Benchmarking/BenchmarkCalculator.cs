namespace Icc.Domain.Benchmarking;

/// <summary>Computes a benchmark snapshot from the published cities, and a city's position in it.</summary>
public static class BenchmarkCalculator
{
    /// <summary>Default smallest group shown as a comparison.</summary>
    public const int DefaultMinimumGroupSize = 5;

    /// <summary>The snapshot of these cities. Groups below the minimum size keep their size but no statistics.</summary>
    public static BenchmarkSnapshot Compute(
        IReadOnlyCollection<BenchmarkEntry> entries, string version, DateTimeOffset computedAt, int minimumGroupSize = DefaultMinimumGroupSize)
    {
        var groups = ComparisonGroup.Standard.Select(group =>
        {
            var members = entries.Where(group.Includes).ToList();
            var tooSmall = members.Count < minimumGroupSize;
            var figures = tooSmall
                ? new Dictionary<string, Statistics>()
                : members.SelectMany(m => m.Figures.Keys).Distinct().Order(StringComparer.Ordinal)
                    .ToDictionary(id => id, id => Statistics.Of(members.Where(m => m.Figures.ContainsKey(id)).Select(m => m.Figures[id]))!);
            return new GroupStatistics(group.Id, group.Name, members.Count, tooSmall, figures);
        }).ToList();
        return new BenchmarkSnapshot(version, computedAt, entries.Count, entries.Count(e => e.Synthetic), minimumGroupSize, groups);
    }

    /// <summary>A city's position for one figure within one group (the city itself among the members), or null when it has no value.</summary>
    public static Position? PositionOf(IEnumerable<BenchmarkEntry> entries, BenchmarkEntry city, ComparisonGroup group, string figure)
    {
        if (!city.Figures.TryGetValue(figure, out var value))
        {
            return null;
        }

        var values = entries.Where(e => e.CityId != city.CityId && group.Includes(e) && e.Figures.ContainsKey(figure))
            .Select(e => e.Figures[figure])
            .Append(value);
        return Position.Within(values, value);
    }
}
