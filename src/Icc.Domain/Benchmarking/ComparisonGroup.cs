namespace Icc.Domain.Benchmarking;

/// <summary>A set of cities a city is compared with: the whole sample, a band, or the new-indicator sample.</summary>
/// <param name="Id">Stable id: <c>all</c>, <c>population:{band}</c>, <c>foreign-born:{band}</c>, <c>new-indicators</c>.</param>
/// <param name="Name">How reports name it.</param>
/// <param name="Includes">Whether a city belongs to the group.</param>
public sealed record ComparisonGroup(string Id, string Name, Func<BenchmarkEntry, bool> Includes)
{
    /// <summary>The whole sample.</summary>
    public static readonly ComparisonGroup All = new("all", "all cities in the sample", _ => true);

    /// <summary>The cities that answered the three indicators added in 2019.</summary>
    public static readonly ComparisonGroup NewIndicators = new("new-indicators", "cities that answered the new indicators", e => e.AnsweredNewIndicators);

    /// <summary>Every group of a benchmark: the whole sample, the population bands, the foreign-born bands, the new-indicator sample.</summary>
    public static IReadOnlyList<ComparisonGroup> Standard { get; } =
    [
        All,
        .. Bands.Population.Select(b => new ComparisonGroup($"population:{b.Id}", $"cities with {b.Name}", e => b.Contains(e.Population))),
        .. Bands.ForeignBorn.Select(b => new ComparisonGroup($"foreign-born:{b.Id}", $"cities with {b.Name}", e => b.Contains(e.ForeignBornShare))),
        NewIndicators,
    ];
}
