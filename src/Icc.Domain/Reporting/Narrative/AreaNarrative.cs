namespace Icc.Domain.Reporting.Narrative;

/// <summary>The fixed prose of one area's section of the report, in our own words.</summary>
/// <param name="AreaId">The area, as the questionnaire names it.</param>
/// <param name="WhyItMatters">Opening paragraph (60 to 120 words): why the area matters for an intercultural city.</param>
/// <param name="RecommendationLead">One sentence that introduces the recommendations for the area.</param>
public sealed record AreaNarrative(string AreaId, string WhyItMatters, string RecommendationLead);
