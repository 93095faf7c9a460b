namespace Icc.Domain.Reporting.Narrative;

/// <summary>The report's introduction, in our own words: each part is a list of paragraphs.</summary>
/// <param name="InterculturalCity">What an intercultural city is (two paragraphs).</param>
/// <param name="Methodology">How the index works (one or two paragraphs), with placeholders the report builder fills.</param>
/// <param name="ReadingTheCharts">How to read the charts and figures of the report.</param>
public sealed record IntroductionText(
    IReadOnlyList<string> InterculturalCity,
    IReadOnlyList<string> Methodology,
    IReadOnlyList<string> ReadingTheCharts)
{
    /// <summary>The methodology paragraphs with every placeholder filled from the facts of one report.</summary>
    public IReadOnlyList<string> MethodologyFor(MethodologyFacts facts)
    {
        var values = facts.ToPlaceholderValues();
        return [.. this.Methodology.Select(p => ReportPlaceholders.Fill(p, values))];
    }
}
