namespace Icc.Domain.Benchmarking;

/// <summary>A half-open band [Min, Max) of a city characteristic; Max null means no upper end.</summary>
/// <param name="Id">Stable id, e.g. <c>100k-200k</c>.</param>
/// <param name="Name">How reports name it, e.g. "100 000 to 200 000 inhabitants".</param>
/// <param name="Min">Lower end, included.</param>
/// <param name="Max">Upper end, excluded; null for the open top band.</param>
public sealed record Band(string Id, string Name, decimal Min, decimal? Max)
{
    /// <summary>True when the value falls in the band.</summary>
    public bool Contains(decimal value) => value >= this.Min && (this.Max is null || value < this.Max);
}

/// <summary>
/// The comparison bands the ICC reports use. Each band includes its lower edge and excludes its upper
/// edge: a city of exactly 100 000 inhabitants is in the 100 000-200 000 band, a share of exactly 10 %
/// is in the 10-15 % band.
/// </summary>
public static class Bands
{
    /// <summary>Population bands.</summary>
    public static readonly IReadOnlyList<Band> Population =
    [
        new("under-100k", "fewer than 100 000 inhabitants", 0, 100_000),
        new("100k-200k", "100 000 to 200 000 inhabitants", 100_000, 200_000),
        new("200k-500k", "200 000 to 500 000 inhabitants", 200_000, 500_000),
        new("over-500k", "more than 500 000 inhabitants", 500_000, null),
    ];

    /// <summary>Foreign-born share bands, in percent.</summary>
    public static readonly IReadOnlyList<Band> ForeignBorn =
    [
        new("under-10", "less than 10 % foreign-born residents", 0, 10),
        new("10-15", "10 to 15 % foreign-born residents", 10, 15),
        new("15-20", "15 to 20 % foreign-born residents", 15, 20),
        new("over-20", "more than 20 % foreign-born residents", 20, null),
    ];

    /// <summary>The population band of a city.</summary>
    public static Band PopulationBand(long population) => Population.Single(b => b.Contains(population));

    /// <summary>The foreign-born band of a city.</summary>
    public static Band ForeignBornBand(decimal share) => ForeignBorn.Single(b => b.Contains(share));
}
