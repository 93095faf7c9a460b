using Icc.Domain.Questionnaires;

namespace Icc.Domain.Reporting.Practices;

/// <summary>
/// The rules the good-practice catalogue must keep so that a report can always pick practices by area and by
/// missed question, and print them without overflowing its layout.
/// </summary>
public static class GoodPracticeRules
{
    /// <summary>The longest summary the report layout is designed for, in characters.</summary>
    public const int MaxSummaryLength = 900;

    /// <summary>Summaries are short paragraphs: at least this many sentences...</summary>
    public const int MinSummarySentences = 2;

    /// <summary>...and at most this many.</summary>
    public const int MaxSummarySentences = 4;

    /// <summary>Every broken rule, as a sentence; an empty list means the catalogue is sound.</summary>
    /// <param name="practices">The practices to check.</param>
    /// <param name="questionnaire">The questionnaire version whose area and question ids the tags use.</param>
    public static IReadOnlyList<string> Check(IReadOnlyList<GoodPractice> practices, Questionnaire questionnaire)
    {
        var problems = new List<string>();
        if (practices.Count == 0)
        {
            problems.Add("the catalogue has no practices");
        }

        foreach (var duplicate in practices.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"practice id '{duplicate.Key}' is used {duplicate.Count()} times");
        }

        foreach (var practice in practices)
        {
            CheckText(practice, problems);
            CheckTags(practice, questionnaire, problems);
        }

        return problems;
    }

    private static void CheckText(GoodPractice practice, List<string> problems)
    {
        var id = practice.Id;
        if (!DefinitionRules.KebabIdPattern().IsMatch(id))
        {
            problems.Add($"practice id '{id}' must be lower-case words joined by hyphens");
        }

        if (string.IsNullOrWhiteSpace(practice.City) || string.IsNullOrWhiteSpace(practice.Country) || string.IsNullOrWhiteSpace(practice.Title))
        {
            problems.Add($"practice '{id}' needs a city, a country and a title");
        }

        if (string.IsNullOrWhiteSpace(practice.Summary))
        {
            problems.Add($"practice '{id}' has no summary");
            return;
        }

        if (practice.Summary.Length > MaxSummaryLength)
        {
            problems.Add($"practice '{id}': the summary has {practice.Summary.Length} characters, more than {MaxSummaryLength}");
        }

        var sentences = TextMeasures.Sentences(practice.Summary);
        if (sentences is < MinSummarySentences or > MaxSummarySentences)
        {
            problems.Add($"practice '{id}': the summary has {sentences} sentences, not {MinSummarySentences} to {MaxSummarySentences}");
        }

        foreach (var report in practice.CitedIn.Where(r => !DefinitionRules.KebabIdPattern().IsMatch(r)))
        {
            problems.Add($"practice '{id}': cited-in report id '{report}' must be lower-case words joined by hyphens");
        }
    }

    private static void CheckTags(GoodPractice practice, Questionnaire questionnaire, List<string> problems)
    {
        var id = practice.Id;
        if (practice.QuestionIds.Count == 0)
        {
            problems.Add($"practice '{id}' answers no question, so no report would ever suggest it");
        }

        foreach (var areaId in practice.AreaIds.Where(a => questionnaire.FindArea(a) is null))
        {
            problems.Add($"practice '{id}' names area '{areaId}', which {questionnaire.Id} does not have");
        }

        var questionAreas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var questionId in practice.QuestionIds)
        {
            var question = questionnaire.FindQuestion(questionId);
            if (question is null)
            {
                problems.Add($"practice '{id}' names question '{questionId}', which {questionnaire.Id} does not have");
                continue;
            }

            // An unscored question is never "not achieved", so a practice tagged with it would never be suggested.
            if (!question.IsScored)
            {
                problems.Add($"practice '{id}' names question {questionId}, which is not scored");
            }

            questionAreas.Add(question.AreaId);
        }

        // Areas and questions must agree, or the practice would be listed under an area it answers nothing in.
        var areas = practice.AreaIds.ToHashSet(StringComparer.Ordinal);
        foreach (var missing in questionAreas.Except(areas).Order(StringComparer.Ordinal))
        {
            problems.Add($"practice '{id}' answers a question of area '{missing}' but does not list that area");
        }

        foreach (var unused in areas.Except(questionAreas).Where(a => questionnaire.FindArea(a) is not null).Order(StringComparer.Ordinal))
        {
            problems.Add($"practice '{id}' lists area '{unused}' but answers none of its questions");
        }

        foreach (var duplicate in practice.AreaIds.Concat(practice.QuestionIds).GroupBy(t => t).Where(g => g.Count() > 1))
        {
            problems.Add($"practice '{id}' lists '{duplicate.Key}' {duplicate.Count()} times");
        }
    }
}
