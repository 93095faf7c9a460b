using System.Text.RegularExpressions;

namespace Icc.Domain.Questionnaires;

/// <summary>
/// The rules every questionnaire definition must keep, so that any answer to it can be validated and
/// scored, and any score recomputed by hand from the definition alone.
/// </summary>
public static partial class DefinitionRules
{
    /// <summary>Question ids: three capital letters, a hyphen, two digits (e.g. COM-01).</summary>
    [GeneratedRegex("^[A-Z]{3}-[0-9]{2}\\z")]
    public static partial Regex QuestionIdPattern();

    /// <summary>Area, indicator and option ids: lower-case words joined by hyphens.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    public static partial Regex KebabIdPattern();

    /// <summary>Every broken rule, as a sentence; an empty list means the definition is sound.</summary>
    public static IReadOnlyList<string> Check(Questionnaire q)
    {
        var problems = new List<string>();
        CheckHeader(q, problems);
        CheckAreasAndIndicators(q, problems);
        foreach (var question in q.Questions)
        {
            CheckQuestion(q, question, problems);
        }

        CheckEveryAreaScored(q, problems);
        CheckDeclaredCounts(q, problems);
        ProfileDefinitionRules.Check(q.Profile, problems);
        return problems;
    }

    private static void CheckHeader(Questionnaire q, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(q.Id) || !KebabIdPattern().IsMatch(q.Id))
        {
            problems.Add($"questionnaire id '{q.Id}' must be lower-case words joined by hyphens");
        }

        if (q.Questions.Count == 0)
        {
            problems.Add("the questionnaire has no questions");
        }

        AddDuplicates(q.Questions.Select(x => x.Id), "question", problems);
        AddDuplicates(q.Areas.Select(x => x.Id), "area", problems);
        AddDuplicates(q.Indicators.Select(x => x.Id), "indicator", problems);
    }

    private static void CheckAreasAndIndicators(Questionnaire q, List<string> problems)
    {
        var indicatorIds = q.Indicators.Select(i => i.Id).ToHashSet();
        foreach (var area in q.Areas)
        {
            if (!KebabIdPattern().IsMatch(area.Id ?? string.Empty))
            {
                problems.Add($"area id '{area.Id}' must be lower-case words joined by hyphens");
            }

            if (string.IsNullOrWhiteSpace(area.Name))
            {
                problems.Add($"area '{area.Id}' has no name");
            }

            if (!indicatorIds.Contains(area.IndicatorId))
            {
                problems.Add($"area '{area.Id}' names indicator '{area.IndicatorId}', which does not exist");
            }

            if (area.Weight <= 0)
            {
                problems.Add($"area '{area.Id}' must have a positive weight");
            }

            if (area.Since == IndexScope.Original)
            {
                problems.Add($"area '{area.Id}': an area exists since 'both' (the original index) or since 'extended'");
            }
        }

        foreach (var indicator in q.Indicators)
        {
            var declared = indicator.AreaIds.ToHashSet();
            var actual = q.Areas.Where(a => a.IndicatorId == indicator.Id).Select(a => a.Id).ToHashSet();
            if (!declared.SetEquals(actual))
            {
                problems.Add($"indicator '{indicator.Id}' lists areas [{string.Join(", ", declared)}] but the areas naming it are [{string.Join(", ", actual)}]");
            }
        }

        var lensIndicators = q.Areas.Where(a => a.InLens).Select(a => a.IndicatorId).Distinct().ToList();
        if (lensIndicators.Count > 1)
        {
            problems.Add("the lens areas must all belong to one indicator");
        }
    }

    private static void CheckQuestion(Questionnaire q, Question question, List<string> problems)
    {
        var id = question.Id ?? "(no id)";
        if (!QuestionIdPattern().IsMatch(id))
        {
            problems.Add($"question id '{id}' must look like COM-01");
        }

        var area = q.FindArea(question.AreaId ?? string.Empty);
        if (area is null)
        {
            problems.Add($"question {id} names area '{question.AreaId}', which does not exist");
        }
        else if (area.Since == IndexScope.Extended && question.Scope != IndexScope.Extended)
        {
            problems.Add($"question {id} is in '{area.Id}', an extended-only area, so its scope must be 'extended'");
        }

        if (string.IsNullOrWhiteSpace(question.Text))
        {
            problems.Add($"question {id} has no text");
        }

        if (string.IsNullOrWhiteSpace(question.Achieved) || string.IsNullOrWhiteSpace(question.NotAchieved))
        {
            problems.Add($"question {id} needs both report phrases (achieved and notAchieved)");
        }

        if (question.IsChoice)
        {
            CheckChoice(question, id, problems);
        }
        else
        {
            CheckNonChoice(question, id, problems);
        }
    }

    private static void CheckChoice(Question question, string id, List<string> problems)
    {
        AddDuplicates(question.Options.Select(o => o.Id), $"option of {id}", problems);
        foreach (var option in question.Options)
        {
            if (!KebabIdPattern().IsMatch(option.Id ?? string.Empty))
            {
                problems.Add($"question {id}: option id '{option.Id}' must be lower-case words joined by hyphens");
            }

            if (option.Points < 0)
            {
                problems.Add($"question {id}: option '{option.Id}' has negative points");
            }
        }

        if (question.Type == AnswerType.YesNo &&
            !question.Options.Select(o => o.Id).Order().SequenceEqual(["no", "yes"]))
        {
            problems.Add($"question {id}: a yes/no question has exactly the options 'yes' and 'no'");
        }

        if (question.Options.Count < 2)
        {
            problems.Add($"question {id}: a choice question needs at least two options");
        }

        if (question.MaxPoints <= 0)
        {
            problems.Add($"question {id}: a choice question must be worth positive points");
        }

        if (question.Type == AnswerType.MultipleChoice)
        {
            if (question.Cap is not > 0)
            {
                problems.Add($"question {id}: a multiple-choice question needs a positive cap");
            }

            var none = question.FindOption(NoneOptionId);
            if (none is not null && none.Points != 0)
            {
                problems.Add($"question {id}: the '{NoneOptionId}' option must be worth 0 points");
            }
        }
        else if (question.Cap is not null)
        {
            problems.Add($"question {id}: only multiple-choice questions have a cap");
        }
    }

    private static void CheckNonChoice(Question question, string id, List<string> problems)
    {
        if (question.Options.Count > 0)
        {
            problems.Add($"question {id}: only choice questions have options");
        }

        if (question.Type == AnswerType.Text)
        {
            if (question.Bands.Count > 0)
            {
                problems.Add($"question {id}: text questions are never scored");
            }

            return;
        }

        if (question.Range is null)
        {
            problems.Add($"question {id}: a {question.Type} question needs a range");
        }
        else if (question.Range.Min > question.Range.Max ||
                 (question.Type == AnswerType.Percentage && (question.Range.Min < 0 || question.Range.Max > 100)))
        {
            problems.Add($"question {id}: range {question.Range.Min}..{question.Range.Max} is not valid");
        }

        if (question.Bands.Any(b => b.Points < 0 || (b.Max is not null && b.Max <= b.Min)))
        {
            problems.Add($"question {id}: every band needs a lower end below its upper end and points of 0 or more");
        }

        if (question.Bands.Count > 0 && question.MaxPoints <= 0)
        {
            problems.Add($"question {id}: scored bands must be worth positive points");
        }
    }

    private static void CheckEveryAreaScored(Questionnaire q, List<string> problems)
    {
        foreach (var area in q.Areas)
        {
            var questions = q.QuestionsOf(area.Id).ToList();
            if (!questions.Any(x => x.InExtended))
            {
                problems.Add($"area '{area.Id}' has no scored question in the extended index");
            }

            if (area.Since == IndexScope.Both && !questions.Any(x => x.InOriginal))
            {
                problems.Add($"area '{area.Id}' has no scored question in the original index");
            }
        }
    }

    private static void CheckDeclaredCounts(Questionnaire q, List<string> problems)
    {
        var declared = q.Declared;
        (string What, int Declared, int Actual)[] counts =
        [
            ("questions", declared.Questions, q.Questions.Count),
            ("mandatory questions", declared.Mandatory, q.Questions.Count(x => x.Mandatory)),
            ("indicators", declared.Indicators, q.Indicators.Count),
            ("areas", declared.Areas, q.Areas.Count),
        ];
        foreach (var (what, expected, actual) in counts.Where(c => c.Declared != c.Actual))
        {
            problems.Add($"the definition declares {expected} {what} but has {actual}");
        }
    }

    private static void AddDuplicates(IEnumerable<string> ids, string what, List<string> problems)
    {
        foreach (var duplicate in ids.GroupBy(i => i).Where(g => g.Count() > 1))
        {
            problems.Add($"{what} id '{duplicate.Key}' is used {duplicate.Count()} times");
        }
    }

    /// <summary>The conventional id of the exclusive "none of these" option of multiple-choice questions.</summary>
    public const string NoneOptionId = "none";
}
