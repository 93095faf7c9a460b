namespace Icc.Domain.Benchmarking.Sample;

/// <summary>
/// What the published Asan report (December 2024 sample) states about the sample it compares with: the
/// counts of cities and the sample's rate per area. The embedded default sample is generated to agree
/// with these figures, so a fresh installation compares a city with a sample shaped like the real one.
/// </summary>
public static class PublishedSample
{
    /// <summary>Cities analysed with the index, the reference city included.</summary>
    public const int Cities = 129;

    /// <summary>Cities with fewer than 500 000 inhabitants, the reference city included.</summary>
    public const int UnderHalfMillion = 35;

    /// <summary>Cities with more than 10 % foreign-born residents, the reference city included.</summary>
    public const int OverTenPercentForeignBorn = 41;

    /// <summary>Cities that answered the indicators added in 2019, the reference city included.</summary>
    public const int AnsweredNewIndicators = 48;

    /// <summary>The sample's original-index rate per area (over the whole sample).</summary>
    public static readonly IReadOnlyDictionary<string, int> Rates = new Dictionary<string, int>
    {
        ["commitment"] = 68,
        ["education"] = 69,
        ["neighbourhoods"] = 68,
        ["public-services"] = 47,
        ["business-and-labour-market"] = 53,
        ["cultural-and-social-life"] = 71,
        ["public-space"] = 68,
        ["mediation-and-conflict-resolution"] = 58,
        ["language"] = 47,
        ["media-and-communication"] = 47,
        ["international-outlook"] = 67,
        ["intercultural-intelligence-and-competence"] = 59,
        ["welcoming-newcomers"] = 58,
        ["leadership-and-citizenship"] = 54,
    };

    /// <summary>The sample's extended-index rate for the areas whose report gives one (over the new-indicator sample).</summary>
    public static readonly IReadOnlyDictionary<string, int> ExtendedRates = new Dictionary<string, int>
    {
        ["neighbourhoods"] = 54,
        ["business-and-labour-market"] = 74,
        ["public-space"] = 60,
        ["media-and-communication"] = 51,
        ["international-outlook"] = 68,
        ["intercultural-intelligence-and-competence"] = 60,
        ["leadership-and-citizenship"] = 54,
    };

    /// <summary>The sample's intercultural lens.</summary>
    public const int Lens = 63;

    /// <summary>What the report says about the reference city's rank, kept true by the generated sample.</summary>
    public static readonly IReadOnlyList<PositionRule> Positions =
    [
        new(Figures.Rate("public-services"), false, PositionKind.AloneAtTop, 100, 0, "alone at the top for public services"),
        new(Figures.Rate("business-and-labour-market"), false, PositionKind.AloneAtTop, 100, 0, "alone at the top for business and the labour market"),
        new(Figures.Rate("cultural-and-social-life"), false, PositionKind.SharedTop, 100, 3, "100 together with several other cities in cultural and social life"),
        new(Figures.Extended("anti-discrimination"), true, PositionKind.SharedTop, 100, 2, "among the highest scoring cities in anti-discrimination"),
        new(Figures.Extended("participation"), true, PositionKind.Second, 92, 0, "second highest scoring city in participation"),
        new(Figures.Extended("interaction"), true, PositionKind.SharedTop, 100, 2, "among the highest scoring cities in interaction"),
    ];
}
