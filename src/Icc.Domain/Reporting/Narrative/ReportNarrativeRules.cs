using Icc.Domain.Questionnaires;

namespace Icc.Domain.Reporting.Narrative;

/// <summary>
/// The rules the report narrative must keep: every area of the questionnaire has its texts, each text fits the
/// layout, and the only placeholders are those the report builder fills.
/// </summary>
public static class ReportNarrativeRules
{
    /// <summary>Fewest words of an area's opening paragraph.</summary>
    public const int MinWhyWords = 60;

    /// <summary>Most words of an area's opening paragraph.</summary>
    public const int MaxWhyWords = 120;

    /// <summary>Every broken rule, as a sentence; an empty list means the narrative is sound.</summary>
    public static IReadOnlyList<string> Check(IntroductionText introduction, IReadOnlyList<AreaNarrative> areas, Questionnaire questionnaire)
    {
        var problems = new List<string>();
        CheckIntroduction(introduction, problems);
        CheckAreas(areas, questionnaire, problems);
        return problems;
    }

    private static void CheckIntroduction(IntroductionText intro, List<string> problems)
    {
        if (intro.InterculturalCity.Count != 2)
        {
            problems.Add($"the introduction's intercultural city part needs 2 paragraphs, not {intro.InterculturalCity.Count}");
        }

        if (intro.Methodology.Count is < 1 or > 2)
        {
            problems.Add($"the introduction's methodology part needs 1 or 2 paragraphs, not {intro.Methodology.Count}");
        }

        if (intro.ReadingTheCharts.Count == 0)
        {
            problems.Add("the introduction has no paragraph on reading the charts");
        }

        var parts = new[]
        {
            ("intercultural city", intro.InterculturalCity),
            ("methodology", intro.Methodology),
            ("reading the charts", intro.ReadingTheCharts),
        };
        foreach (var (name, paragraphs) in parts)
        {
            if (paragraphs.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add($"the introduction's {name} part has an empty paragraph");
            }

            foreach (var unknown in paragraphs.SelectMany(ReportPlaceholders.NamesIn).Where(n => !ReportPlaceholders.Known.Contains(n)).Distinct())
            {
                problems.Add($"the introduction's {name} part uses placeholder {{{unknown}}}, which the report builder does not fill");
            }
        }

        // The methodology quotes the sample and the questionnaire; written-in figures would go stale.
        var used = intro.Methodology.SelectMany(ReportPlaceholders.NamesIn).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in ReportPlaceholders.Known.Except(used).Order(StringComparer.Ordinal))
        {
            problems.Add($"the introduction's methodology part never uses placeholder {{{missing}}}");
        }
    }

    private static void CheckAreas(IReadOnlyList<AreaNarrative> areas, Questionnaire questionnaire, List<string> problems)
    {
        foreach (var duplicate in areas.GroupBy(a => a.AreaId).Where(g => g.Count() > 1))
        {
            problems.Add($"area '{duplicate.Key}' has {duplicate.Count()} narratives");
        }

        foreach (var area in questionnaire.Areas.Where(a => areas.All(n => n.AreaId != a.Id)))
        {
            problems.Add($"area '{area.Id}' has no narrative");
        }

        foreach (var narrative in areas)
        {
            var id = narrative.AreaId;
            if (questionnaire.FindArea(id) is null)
            {
                problems.Add($"narrative for area '{id}', which {questionnaire.Id} does not have");
            }

            var words = TextMeasures.Words(narrative.WhyItMatters);
            if (words is < MinWhyWords or > MaxWhyWords)
            {
                problems.Add($"area '{id}': why-it-matters has {words} words, not {MinWhyWords} to {MaxWhyWords}");
            }

            if (string.IsNullOrWhiteSpace(narrative.RecommendationLead) || TextMeasures.Sentences(narrative.RecommendationLead) != 1)
            {
                problems.Add($"area '{id}': the recommendation lead must be exactly one sentence");
            }

            // Area texts are printed as they are: nothing fills placeholders in them.
            if (ReportPlaceholders.NamesIn(narrative.WhyItMatters + " " + narrative.RecommendationLead).Count > 0)
            {
                problems.Add($"area '{id}': area texts cannot hold placeholders");
            }
        }
    }
}
