using System.Globalization;
using Icc.Domain.Answers;

namespace Icc.Domain.Benchmarking.Sample;

/// <summary>
/// The profiles of the generated cities: sizes and foreign-born shares spread over the bands so that,
/// with the reference city, the sample has the published counts. Every name says the city is synthetic.
/// </summary>
internal static class SyntheticProfiles
{
    public const string Country = "Synthetic sample";

    /// <summary>
    /// Profiles for <paramref name="count"/> cities: <paramref name="small"/> of them under 500 000
    /// inhabitants, <paramref name="diverse"/> with more than 10 % foreign-born residents.
    /// </summary>
    public static IReadOnlyList<CityProfile> Create(Random random, int count, int small, int diverse, int year)
    {
        var populations = Shuffle(random, [.. Spread(random, small, [(20_000, 100_000), (100_000, 200_000), (200_000, 500_000)]),
            .. Spread(random, count - small, [(500_000, 1_000_000), (1_000_000, 3_500_000)])]);
        var shares = Shuffle(random, [.. Spread(random, diverse, [(10.1m, 15m), (15m, 20m), (20m, 45m)]),
            .. Spread(random, count - diverse, [(0.5m, 5m), (5m, 10m)])]);
        return [.. Enumerable.Range(0, count).Select(i => Profile(i + 1, (long)populations[i], decimal.Round(shares[i], 1), year))];
    }

    /// <summary>The id of the n-th generated city.</summary>
    public static string CityId(int number) => "synthetic-" + number.ToString("000", CultureInfo.InvariantCulture);

    private static CityProfile Profile(int number, long population, decimal share, int year) => new(
        "Synthetic city " + number.ToString("000", CultureInfo.InvariantCulture),
        Country,
        null,
        year,
        population,
        share,
        (long)(population * share / 100m),
        [],
        null,
        "Generated for the embedded default benchmark sample; not a real city.");

    // Values spread evenly over the ranges (each range gets its share of the count), then drawn inside them.
    private static List<decimal> Spread(Random random, int count, (decimal Min, decimal Max)[] ranges) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var (min, max) = ranges[i * ranges.Length / Math.Max(1, count)];
            return min + ((max - min) * (decimal)random.NextDouble() * 0.999m);
        })];

    private static List<decimal> Shuffle(Random random, List<decimal> values)
    {
        var array = values.ToArray();
        random.Shuffle(array);
        return [.. array];
    }
}
