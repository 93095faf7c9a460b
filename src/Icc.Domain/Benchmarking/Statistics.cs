namespace Icc.Domain.Benchmarking;

/// <summary>Summary statistics of one figure over one comparison group.</summary>
/// <param name="Count">Cities with a value.</param>
/// <param name="Mean">Plain mean.</param>
/// <param name="Median">Median (second quartile).</param>
/// <param name="Min">Lowest value.</param>
/// <param name="Max">Highest value.</param>
/// <param name="Q1">First quartile.</param>
/// <param name="Q3">Third quartile.</param>
public sealed record Statistics(int Count, decimal Mean, decimal Median, decimal Min, decimal Max, decimal Q1, decimal Q3)
{
    /// <summary>
    /// The statistics of the values, or null when there are none. Quartiles interpolate linearly between
    /// the two nearest ranks (the common "type 7" definition, as spreadsheets compute QUARTILE.INC).
    /// </summary>
    public static Statistics? Of(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        return new Statistics(
            sorted.Length,
            sorted.Sum() / sorted.Length,
            Quantile(sorted, 0.5m),
            sorted[0],
            sorted[^1],
            Quantile(sorted, 0.25m),
            Quantile(sorted, 0.75m));
    }

    private static decimal Quantile(decimal[] sorted, decimal p)
    {
        var position = p * (sorted.Length - 1);
        var lower = (int)decimal.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
