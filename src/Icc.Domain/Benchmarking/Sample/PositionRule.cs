namespace Icc.Domain.Benchmarking.Sample;

/// <summary>How a report describes the reference city's rank.</summary>
public enum PositionKind
{
    /// <summary>Alone at the top: no other city reaches the value.</summary>
    AloneAtTop,

    /// <summary>At the top together with at least <see cref="PositionRule.Others"/> other cities.</summary>
    SharedTop,

    /// <summary>Second: exactly one other city above the value and none equal to it.</summary>
    Second,
}

/// <summary>
/// A statement the published report makes about the reference city's rank, which the generated sample
/// must keep true. Values are compared as printed: truncated to whole numbers.
/// </summary>
/// <param name="Figure">The figure id (see <see cref="Figures"/>).</param>
/// <param name="NewIndicatorGroup">True when the statement is about the new-indicator sample.</param>
/// <param name="Kind">The kind of statement.</param>
/// <param name="Value">The reference city's printed value.</param>
/// <param name="Others">For a shared top: how many other cities at least share it.</param>
/// <param name="Statement">What the report says, for messages.</param>
public sealed record PositionRule(string Figure, bool NewIndicatorGroup, PositionKind Kind, int Value, int Others, string Statement)
{
    /// <summary>How far the other cities' printed values are from keeping the statement true (0 = kept).</summary>
    public int Violations(IReadOnlyList<int> others) => this.Kind switch
    {
        PositionKind.AloneAtTop => others.Count(v => v >= this.Value),
        PositionKind.SharedTop => Math.Max(0, this.Others - others.Count(v => v == this.Value)),
        _ => Math.Abs(others.Count(v => v > this.Value) - 1) + others.Count(v => v == this.Value),
    };

    /// <summary>
    /// A city whose value should move, and whether up, to come closer to keeping the statement; null when kept.
    /// </summary>
    public (int City, bool Raise)? Suggest(IReadOnlyList<int> others, Random random)
    {
        if (this.Violations(others) == 0)
        {
            return null;
        }

        var order = Enumerable.Range(0, others.Count).OrderByDescending(i => others[i]).ToList();
        int Pick(Func<int, bool> which)
        {
            var candidates = order.Where(i => which(others[i])).ToList();
            return candidates[random.Next(Math.Min(candidates.Count, 5))];
        }

        var above = others.Count(v => v > this.Value);
        return this.Kind switch
        {
            PositionKind.AloneAtTop => (Pick(v => v >= this.Value), false),
            PositionKind.SharedTop => (Pick(v => v < this.Value), true),
            _ when others.Any(v => v == this.Value) => (Pick(v => v == this.Value), random.Next(2) == 0),
            _ when above == 0 => (Pick(v => v < this.Value), true),
            _ => (Pick(v => v > this.Value), false),
        };
    }
}
