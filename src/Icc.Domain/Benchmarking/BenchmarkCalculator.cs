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
        var groups = ComparisonGroup.Standard.Select(group => Summarise(group, entries, minimumGroupSize)).ToList();
        return new BenchmarkSnapshot(version, computedAt, entries.Count, entries.Count(e => e.Synthetic), minimumGroupSize, groups);
    }

    // One pass over the members collects each figure's values, so the cost per city stays flat as the sample grows.
    private static GroupStatistics Summarise(ComparisonGroup group, IEnumerable<BenchmarkEntry> entries, int minimumGroupSize)
    {
        var values = new SortedDictionary<string, List<decimal>>(StringComparer.Ordinal);
        var size = 0;
        foreach (var entry in entries.Where(group.Includes))
        {
            size++;
            foreach (var (figure, value) in entry.Figures)
            {
                if (!values.TryGetValue(figure, out var list))
                {
                    values[figure] = list = [];
                }

                list.Add(value);
            }
        }

        var tooSmall = size < minimumGroupSize;
        var figures = tooSmall
            ? new Dictionary<string, Statistics>()
            : values.ToDictionary(v => v.Key, v => Statistics.Of(v.Value)!, StringComparer.Ordinal);
        return new GroupStatistics(group.Id, group.Name, size, tooSmall, figures);
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
