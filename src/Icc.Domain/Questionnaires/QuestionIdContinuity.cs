namespace Icc.Domain.Questionnaires;

/// <summary>
/// Keeps a question id to one meaning across versions: a later version may re-weight a question (its
/// options' points, its cap, its bands) or drop it, but an id it keeps must still ask the same thing in
/// the same area with the same kind of answer, or stored answers would be read as answers to another question.
/// </summary>
internal static class QuestionIdContinuity
{
    public static IEnumerable<string> Problems(IReadOnlyList<Questionnaire> versions)
    {
        var first = new Dictionary<string, (Questionnaire Version, Question Question)>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            foreach (var question in version.Questions)
            {
                if (!first.TryGetValue(question.Id, out var earlier))
                {
                    first[question.Id] = (version, question);
                    continue;
                }

                var changed = Differences(earlier.Question, question).ToList();
                if (changed.Count > 0)
                {
                    yield return $"question {question.Id} means something else in '{version.Id}' than in '{earlier.Version.Id}' ({string.Join(", ", changed)} changed); give the new question a new id";
                }
            }
        }
    }

    private static IEnumerable<string> Differences(Question a, Question b)
    {
        if (a.Text != b.Text)
        {
            yield return "text";
        }

        if (a.AreaId != b.AreaId)
        {
            yield return "area";
        }

        if (a.Type != b.Type)
        {
            yield return "answer type";
        }

        if (!a.Options.Select(o => o.Id).Order(StringComparer.Ordinal).SequenceEqual(b.Options.Select(o => o.Id).Order(StringComparer.Ordinal)))
        {
            yield return "option ids";
        }
    }
}
