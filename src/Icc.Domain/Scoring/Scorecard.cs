using System.Text.Json.Serialization;

namespace Icc.Domain.Scoring;

/// <summary>
/// The scores of one answer sheet: per-area rates in both indexes, the lens composite and the aggregate
/// indexes, plus the points behind every rate so a reader can recompute each one by hand.
/// </summary>
/// <param name="QuestionnaireId">The questionnaire version scored against.</param>
/// <param name="City">The city's name.</param>
/// <param name="Index">Aggregate index over the original-index areas (the report's headline figure).</param>
/// <param name="ExtendedIndex">Aggregate index over every area of the extended index.</param>
/// <param name="Lens">The intercultural lens composite (original index).</param>
/// <param name="ExtendedLens">The intercultural lens composite in the extended index.</param>
/// <param name="Areas">One entry per area, in questionnaire order.</param>
/// <param name="Questions">One entry per scored question, in questionnaire order.</param>
public sealed record Scorecard(
    [property: JsonPropertyName("questionnaire")] string QuestionnaireId,
    string City,
    int? Index,
    int? ExtendedIndex,
    int? Lens,
    int? ExtendedLens,
    IReadOnlyList<AreaScore> Areas,
    IReadOnlyList<QuestionScore> Questions)
{
    /// <summary>The score of one area; throws for an unknown id.</summary>
    public AreaScore Area(string areaId) => this.Areas.Single(a => a.Id == areaId);
}

/// <summary>The rates of one area.</summary>
/// <param name="Id">Area id.</param>
/// <param name="Name">Area name.</param>
/// <param name="Rate">Original-index rate (0-100, truncated); null for areas that exist only in the extended index.</param>
/// <param name="ExtendedRate">Extended-index rate (0-100, truncated); null when no scored question was answered.</param>
/// <param name="DiffersInExtended">True when the two indexes score this area over different questions (the report then adds a footnote).</param>
/// <param name="Original">Points behind <see cref="Rate"/>.</param>
/// <param name="Extended">Points behind <see cref="ExtendedRate"/>.</param>
public sealed record AreaScore(
    string Id,
    string Name,
    int? Rate,
    int? ExtendedRate,
    bool DiffersInExtended,
    Points Original,
    Points Extended);

/// <summary>Points earned and possible in one index, and the unrounded rate they give.</summary>
/// <param name="Earned">Points earned by the answers counted.</param>
/// <param name="Possible">Points possible over the questions counted.</param>
/// <param name="ExactRate">100 × earned / possible before truncation; null when nothing was counted.</param>
public sealed record Points(decimal Earned, decimal Possible, decimal? ExactRate);

/// <summary>How far an answer achieves its item.</summary>
public enum Achievement
{
    /// <summary>Full points.</summary>
    Achieved,

    /// <summary>Some but not all points.</summary>
    Partly,

    /// <summary>No points.</summary>
    NotAchieved,

    /// <summary>An optional question left unanswered: excluded from the rates.</summary>
    NotAnswered,
}

/// <summary>The points of one scored question.</summary>
/// <param name="QuestionId">Question id.</param>
/// <param name="AreaId">The area it scores in.</param>
/// <param name="Earned">Points earned (0 when unanswered).</param>
/// <param name="Possible">Points possible.</param>
/// <param name="Achievement">Achieved, partly, not achieved or not answered.</param>
/// <param name="InOriginal">Whether it counts in the original index.</param>
/// <param name="InExtended">Whether it counts in the extended index.</param>
public sealed record QuestionScore(
    string QuestionId,
    string AreaId,
    decimal Earned,
    decimal Possible,
    Achievement Achievement,
    bool InOriginal,
    bool InExtended);
