namespace Icc.Domain.Benchmarking;

/// <summary>Where a city stands in a group for one figure.</summary>
/// <param name="Rank">1 for the highest value; cities with equal values share the rank (competition ranking: 1, 2, 2, 4).</param>
/// <param name="Of">Cities in the group with a value.</param>
/// <param name="TiedWith">How many other cities have exactly the same value.</param>
public sealed record Position(int Rank, int Of, int TiedWith)
{
    /// <summary>True for the top of the group, alone or tied.</summary>
    public bool IsFirst => this.Rank == 1;

    /// <summary>
    /// The position of a value among the group's values (the city's own value included in them).
    /// Values are compared as printed (truncated to whole numbers), since that is what a reader can check.
    /// </summary>
    public static Position Within(IEnumerable<decimal> groupValues, decimal value)
    {
        var printed = groupValues.Select(Truncate).ToList();
        var own = Truncate(value);
        var higher = printed.Count(v => v > own);
        var equal = printed.Count(v => v == own);
        return new Position(higher + 1, printed.Count, Math.Max(0, equal - 1));
    }

    private static int Truncate(decimal value) => Scoring.Rounding.Truncate(value);
}
