using Icc.Domain.Benchmarking;

namespace Icc.Domain.Reporting.Wording;

/// <summary>What a city's rank in a group lets the report say, or null when the rank is unremarkable.</summary>
public static class PositionWording
{
    /// <summary>
    /// A clause completing "{City} ..." for the rank: "is number one in the sample", "shares the top
    /// rate together with several other cities", "is the second highest scoring city", "is among the
    /// highest scoring cities" (top share of the group) or "is among the lowest scoring cities".
    /// </summary>
    /// <param name="position">The city's position.</param>
    /// <param name="rules">The wording rules.</param>
    /// <param name="newIndicators">True for the new chapters, compared within the cities that answered them.</param>
    public static string? Clause(Position position, ReportRules rules, bool newIndicators)
    {
        var cutoff = Math.Max(3, (int)Math.Ceiling(position.Of * rules.HighEndShare));
        return position switch
        {
            { Of: < 2 } => null,
            { Rank: 1, TiedWith: 0 } => newIndicators ? "is the highest scoring city of all that answered this chapter" : "is number one in the sample",
            { Rank: 1 } when newIndicators => "is among the highest scoring cities, sharing the top rate with others",
            { Rank: 1, TiedWith: 1 } => "shares the top rate of the sample together with one other city",
            { Rank: 1 } => "shares the top rate of the sample together with several other cities",
            { Rank: 2 } => "is the second highest scoring city",
            _ when position.Rank <= cutoff => "is among the highest scoring cities",
            _ when position.Rank > position.Of - cutoff => "is among the lowest scoring cities",
            _ => null,
        };
    }
}
