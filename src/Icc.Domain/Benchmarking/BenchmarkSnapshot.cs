namespace Icc.Domain.Benchmarking;

/// <summary>
/// The benchmark at one moment: per comparison group, the statistics of every figure. A published report
/// keeps the version it was compared with, so it never changes when later snapshots appear.
/// </summary>
/// <param name="Version">Snapshot version, e.g. <c>2024-12-01T02-00-00Z</c>.</param>
/// <param name="ComputedAt">When it was computed.</param>
/// <param name="Cities">Cities in the whole sample.</param>
/// <param name="SyntheticCities">How many of them are synthetic (the generated default sample).</param>
/// <param name="MinimumGroupSize">Groups smaller than this are reported as too small to compare.</param>
/// <param name="Groups">Every comparison group.</param>
public sealed record BenchmarkSnapshot(
    string Version,
    DateTimeOffset ComputedAt,
    int Cities,
    int SyntheticCities,
    int MinimumGroupSize,
    IReadOnlyList<GroupStatistics> Groups)
{
    /// <summary>A group by id; throws for an unknown id.</summary>
    public GroupStatistics Group(string id) => this.Groups.Single(g => g.Id == id);
}

/// <summary>The statistics of one comparison group.</summary>
/// <param name="Id">Group id.</param>
/// <param name="Name">Group name.</param>
/// <param name="Size">Cities in the group.</param>
/// <param name="TooSmall">True when the group has fewer cities than the minimum: shown as too small to compare.</param>
/// <param name="Figures">Statistics by figure id; empty when the group is too small.</param>
public sealed record GroupStatistics(string Id, string Name, int Size, bool TooSmall, IReadOnlyDictionary<string, Statistics> Figures);
