using Icc.Domain.Answers;

namespace Icc.Domain.Questionnaires;

/// <summary>
/// The rules the city-profile part of a definition must keep: it names exactly the fields a city profile
/// has, marks the ones the profile cannot do without as required, and gives each a usable limit.
/// </summary>
internal static class ProfileDefinitionRules
{
    private static readonly string[] GroupFieldIds = [CityProfileFields.GroupName, CityProfileFields.GroupCount, CityProfileFields.GroupShare];

    public static void Check(ProfileDefinition profile, List<string> problems)
    {
        CheckFieldSet(profile.Fields, CityProfileFields.All, "profile fields", problems);
        CheckFieldSet(profile.MainGroupFields, GroupFieldIds, "profile mainGroupFields", problems);
        foreach (var id in CityProfileFields.Required.Where(id => profile.Find(id) is { Required: false }))
        {
            problems.Add($"profile field '{id}' must be required: every scored city has it");
        }

        if (profile.FindGroupField(CityProfileFields.GroupName) is { Required: false })
        {
            problems.Add("main-group field 'name' must be required");
        }

        foreach (var field in profile.Fields.Concat(profile.MainGroupFields))
        {
            CheckField(field, problems);
        }
    }

    private static void CheckFieldSet(IReadOnlyList<ProfileField> fields, IReadOnlyList<string> expected, string where, List<string> problems)
    {
        var ids = fields.Select(f => f.Id).ToList();
        foreach (var duplicate in ids.GroupBy(i => i).Where(g => g.Count() > 1))
        {
            problems.Add($"{where}: '{duplicate.Key}' is listed {duplicate.Count()} times");
        }

        var missing = expected.Except(ids).ToList();
        var unknown = ids.Except(expected).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            problems.Add($"{where} must be exactly [{string.Join(", ", expected)}]; missing [{string.Join(", ", missing)}], unknown [{string.Join(", ", unknown)}]");
        }
    }

    private static void CheckField(ProfileField field, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(field.Hint))
        {
            problems.Add($"profile field '{field.Id}' needs a hint saying what to write");
        }

        if (field.Type == ProfileFieldType.Text)
        {
            if (field.MaxLength is not > 0 || field.Min is not null || field.Max is not null || field.WholeNumber)
            {
                problems.Add($"profile field '{field.Id}': a text field has a positive maxLength and no number limits");
            }

            return;
        }

        if (field.Min is not decimal min || field.Max is not decimal max || min > max || field.MaxLength is not null)
        {
            problems.Add($"profile field '{field.Id}': a number field needs min and max with min <= max, and no maxLength");
        }
        else if (field.Type == ProfileFieldType.Percentage && (min < 0 || max > 100 || field.WholeNumber))
        {
            problems.Add($"profile field '{field.Id}': a percentage lies within 0..100 and may have decimals");
        }
        else if (field.WholeNumber && (min < int.MinValue || max > (field.Id == CityProfileFields.Year ? int.MaxValue : long.MaxValue)))
        {
            problems.Add($"profile field '{field.Id}': its range must fit the whole number the city profile stores");
        }
    }
}
