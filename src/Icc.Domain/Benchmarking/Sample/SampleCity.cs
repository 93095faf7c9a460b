using Icc.Domain.Answers;
using Icc.Domain.Scoring;

namespace Icc.Domain.Benchmarking.Sample;

/// <summary>One city of a benchmark sample with its answers and the scorecard scoring gave them.</summary>
/// <param name="CityId">Stable id, e.g. <c>asan</c> or <c>synthetic-017</c>.</param>
/// <param name="Sheet">The city's answers (a valid questionnaire).</param>
/// <param name="Card">The scorecard of those answers.</param>
/// <param name="Synthetic">True for generated cities: reports and APIs label them as synthetic.</param>
public sealed record SampleCity(string CityId, AnswerSheet Sheet, Scorecard Card, bool Synthetic)
{
    /// <summary>The city as the benchmark sees it.</summary>
    public BenchmarkEntry Entry => BenchmarkEntry.From(this.CityId, this.Sheet.City, this.Card, this.Synthetic);
}
