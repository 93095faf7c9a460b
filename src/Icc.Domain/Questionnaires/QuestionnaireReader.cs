using System.Text.Json;
using Icc.Domain.Json;

namespace Icc.Domain.Questionnaires;

/// <summary>Reads a questionnaire definition from its JSON form and checks it before anyone can use it.</summary>
public static class QuestionnaireReader
{
    /// <summary>Parses and checks a definition; throws <see cref="QuestionnaireDefinitionException"/> on any broken rule.</summary>
    public static Questionnaire Read(string json)
    {
        Questionnaire? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<Questionnaire>(json, IccJson.Options);
        }
        catch (JsonException ex)
        {
            throw new QuestionnaireDefinitionException("(unreadable)", [$"not valid definition JSON: {ex.Message}"]);
        }

        if (parsed is null)
        {
            throw new QuestionnaireDefinitionException("(empty)", ["the definition is empty"]);
        }

        var gaps = DefinitionGaps.Find(parsed);
        if (gaps.Count > 0)
        {
            throw new QuestionnaireDefinitionException(parsed.Id ?? "(no id)", gaps);
        }

        var questionnaire = Normalise(parsed);
        var problems = DefinitionRules.Check(questionnaire);
        return problems.Count == 0 ? questionnaire : throw new QuestionnaireDefinitionException(questionnaire.Id, problems);
    }

    // Lists left out of the JSON arrive as null: give every list a value so the model never holds nulls.
    private static Questionnaire Normalise(Questionnaire q) => new(
        q.Id ?? string.Empty,
        q.Title ?? string.Empty,
        q.Year,
        q.Description ?? string.Empty,
        q.Areas.Select(a => a with { Name = a.Name ?? string.Empty, Purpose = a.Purpose ?? string.Empty }).ToList(),
        q.Indicators.Select(i => i with { Name = i.Name ?? string.Empty, AreaIds = i.AreaIds ?? [] }).ToList(),
        q.Questions.Select(x => x with
        {
            Options = (x.Options ?? []).Select(o => o with { Label = o.Label ?? string.Empty }).ToList(),
            Bands = x.Bands ?? [],
            Achieved = x.Achieved ?? string.Empty,
            NotAchieved = x.NotAchieved ?? string.Empty,
        }).ToList(),
        new ProfileDefinition(
            (q.Profile.Fields ?? []).Select(Normalise).ToList(),
            (q.Profile.MainGroupFields ?? []).Select(Normalise).ToList()),
        q.Declared);

    private static ProfileField Normalise(ProfileField field) => field with { Id = field.Id ?? string.Empty, Hint = field.Hint ?? string.Empty };
}
