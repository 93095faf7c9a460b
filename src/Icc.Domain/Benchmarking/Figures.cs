using Icc.Domain.Scoring;

namespace Icc.Domain.Benchmarking;

/// <summary>
/// The figures a benchmark compares, by stable id: <c>index</c>, <c>lens</c>, <c>extended-index</c>,
/// <c>extended-lens</c>, <c>rate:{area}</c> and <c>extended-rate:{area}</c>.
/// </summary>
public static class Figures
{
    public const string Index = "index";
    public const string Lens = "lens";
    public const string ExtendedIndex = "extended-index";
    public const string ExtendedLens = "extended-lens";

    /// <summary>The three areas added in 2019, compared only among the cities that answered them.</summary>
    public static readonly IReadOnlyList<string> NewIndicatorAreas = ["anti-discrimination", "participation", "interaction"];

    /// <summary>The new areas a city may leave out; answering them puts it in the new-indicator sample.</summary>
    public static readonly IReadOnlyList<string> OptionalNewAreas = ["participation", "interaction"];

    /// <summary>The id of an area's original-index rate.</summary>
    public static string Rate(string areaId) => "rate:" + areaId;

    /// <summary>The id of an area's extended-index rate.</summary>
    public static string Extended(string areaId) => "extended-rate:" + areaId;

    /// <summary>Every unrounded figure of a scorecard that has a value.</summary>
    public static IReadOnlyDictionary<string, decimal> Of(Scorecard card)
    {
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        void Add(string id, decimal? value)
        {
            if (value is decimal v)
            {
                figures[id] = v;
            }
        }

        foreach (var area in card.Areas)
        {
            Add(Rate(area.Id), area.Rate is null ? null : area.Original.ExactRate);
            Add(Extended(area.Id), area.Extended.ExactRate);
        }

        Add(Index, MeanOf(card.Areas.Where(a => a.Rate is not null).Select(a => a.Original.ExactRate)));
        Add(ExtendedIndex, MeanOf(card.Areas.Select(a => a.Extended.ExactRate)));
        var lens = (Questionnaires.QuestionnaireCatalog.Default.Find(card.QuestionnaireId)?.LensAreas.Select(a => a.Id) ?? []).ToHashSet();
        var lensAreas = card.Areas.Where(a => lens.Contains(a.Id)).ToList();
        Add(Lens, MeanOf(lensAreas.Select(a => a.Original.ExactRate)));
        Add(ExtendedLens, MeanOf(lensAreas.Select(a => a.Extended.ExactRate)));
        return figures;
    }

    // The index as the scorer computes it (equal weights in icc-2019), kept unrounded for fair means.
    private static decimal? MeanOf(IEnumerable<decimal?> rates)
    {
        var values = rates.OfType<decimal>().ToList();
        return values.Count == 0 ? null : values.Average();
    }
}
