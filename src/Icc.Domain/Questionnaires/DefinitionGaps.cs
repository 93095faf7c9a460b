namespace Icc.Domain.Questionnaires;

/// <summary>
/// Finds what a definition file left out or wrote as null (a whole part, or an entry inside a list),
/// so the reader can refuse it with a sentence instead of failing later on a null.
/// </summary>
internal static class DefinitionGaps
{
    public static IReadOnlyList<string> Find(Questionnaire q)
    {
        var problems = new List<string>();
        AddNullEntries(q.Areas, "areas", problems);
        AddNullEntries(q.Indicators, "indicators", problems);
        AddNullEntries(q.Questions, "questions", problems);
        foreach (var (indicator, i) in q.Indicators.Select((x, i) => (x, i)).Where(x => x.x is not null))
        {
            AddNullEntries(indicator.AreaIds, $"indicators[{i}] ('{indicator.Id}') areaIds", problems);
        }

        foreach (var (question, i) in q.Questions.Select((x, i) => (x, i)).Where(x => x.x is not null))
        {
            AddNullEntries(question.Options, $"questions[{i}] ('{question.Id}') options", problems);
            AddNullEntries(question.Bands, $"questions[{i}] ('{question.Id}') bands", problems);
        }

        if (q.Profile is null)
        {
            problems.Add("the definition has no 'profile' part (the city-profile fields)");
        }
        else
        {
            AddNullEntries(q.Profile.Fields, "profile fields", problems);
            AddNullEntries(q.Profile.MainGroupFields, "profile mainGroupFields", problems);
        }

        if (q.Declared is null)
        {
            problems.Add("the definition has no 'declared' part (its counts of questions, mandatory questions, indicators and areas)");
        }

        return problems;
    }

    private static void AddNullEntries<T>(IReadOnlyList<T>? list, string where, List<string> problems)
    {
        if (list is null)
        {
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                problems.Add($"{where}: entry {i} is null; remove it or fill it in");
            }
        }
    }
}
