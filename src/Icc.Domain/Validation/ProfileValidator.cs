using Icc.Domain.Answers;
using Icc.Domain.Answers.Reading;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Validation;

/// <summary>
/// Checks the city profile against the questionnaire's profile part (types, required fields, ranges,
/// lengths) and builds it when every required field is sound.
/// </summary>
internal static class ProfileValidator
{
    public static CityProfile? Validate(ProfileDefinition definition, RawAnswerFile file, SourceLocation profileLocation, List<ValidationIssue> issues)
    {
        var fields = new Dictionary<string, RawField>(StringComparer.Ordinal);
        foreach (var field in file.Profile)
        {
            if (definition.Find(field.Name) is null)
            {
                issues.Add(Issues.Warning(IssueCodes.UnknownField, field.Location,
                    $"\"{EchoText.Safe(field.Name)}\" is not a city profile field and is ignored. Profile fields: {string.Join(", ", definition.Fields.Select(f => f.Id))}, {ProfileDefinition.MainGroupsId}."));
            }
            else if (!fields.TryAdd(field.Name, field))
            {
                issues.Add(Issues.Error(IssueCodes.ProfileInvalid, field.Location,
                    $"The profile field \"{field.Name}\" is given twice (also at {fields[field.Name].Location}). Keep one."));
            }
        }

        var before = issues.Count(i => i.Severity == Severity.Error);
        foreach (var required in definition.Fields.Where(f => f.Required && (!fields.TryGetValue(f.Id, out var given) || given.Value.IsEmpty)))
        {
            issues.Add(Issues.Error(IssueCodes.ProfileMissing, profileLocation,
                $"The city profile lacks \"{required.Id}\". Add it: {required.Hint}"));
        }

        var values = definition.Fields.ToDictionary(f => f.Id, f => Value(f, fields.GetValueOrDefault(f.Id), issues));
        var groups = file.Groups.Select(g => Group(definition, g, issues)).OfType<PopulationGroup>().ToList();
        if (issues.Count(i => i.Severity == Severity.Error) > before || CityProfileFields.Required.Any(id => values[id] is null))
        {
            return null;
        }

        return new CityProfile(
            (string)values[CityProfileFields.Name]!,
            (string)values[CityProfileFields.Country]!,
            values[CityProfileFields.Region] as string,
            (int)(decimal)values[CityProfileFields.Year]!,
            (long)(decimal)values[CityProfileFields.Population]!,
            (decimal)values[CityProfileFields.ForeignBornShare]!,
            values[CityProfileFields.ForeignResidents] is decimal residents ? (long)residents : null,
            groups,
            values[CityProfileFields.GdpPerCapitaEur] as decimal?,
            values[CityProfileFields.Notes] as string);
    }

    // The checked value of one field: a string for text, a decimal for numbers, null when absent or wrong.
    private static object? Value(ProfileField field, RawField? given, List<ValidationIssue> issues)
    {
        if (given is null || given.Value.IsEmpty)
        {
            return null;
        }

        return field.Type == ProfileFieldType.Text
            ? Text(given.Value, field, $"profile field \"{field.Id}\"", $"\"{field.Id}\"", given.Location, issues)
            : Number(given.Value, field, $"\"{field.Id}\"", given.Location, issues);
    }

    private static string? Text(RawValue value, ProfileField field, string what, string name, SourceLocation location, List<ValidationIssue> issues)
    {
        if (value.Kind != RawKind.String)
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, location, $"{name} must be text, not {value.Describe()}."));
            return null;
        }

        var text = value.Text!.Trim();
        return TextChecks.Check(text, field.MaxLength ?? int.MaxValue, what, location, null, issues) ? text : null;
    }

    private static decimal? Number(RawValue value, ProfileField field, string what, SourceLocation location, List<ValidationIssue> issues)
    {
        var result = NumberCheck.Check(value, ProfileRules.For(field), what);
        if (result.Problem is not null)
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, location, result.Problem));
        }

        return result.Value;
    }

    private static PopulationGroup? Group(ProfileDefinition definition, RawGroup group, List<ValidationIssue> issues)
    {
        var nameField = definition.FindGroupField(CityProfileFields.GroupName)!;
        if (group.Name.Kind != RawKind.String || string.IsNullOrWhiteSpace(group.Name.Text))
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, group.Location, "A main group needs a name, such as \"Central Asians\"."));
            return null;
        }

        var before = issues.Count;
        var name = Text(group.Name, nameField, "group name", "The group name", group.Location, issues);
        if (name is null)
        {
            return null;
        }

        var count = group.Count.IsEmpty ? null
            : Number(group.Count, definition.FindGroupField(CityProfileFields.GroupCount)!, $"the count of group \"{EchoText.Safe(name)}\"", group.Location, issues);
        var share = group.Share.IsEmpty ? null
            : Number(group.Share, definition.FindGroupField(CityProfileFields.GroupShare)!, $"the share of group \"{EchoText.Safe(name)}\"", group.Location, issues);
        return issues.Count > before ? null : new PopulationGroup(name, count is decimal people ? (long)people : null, share);
    }
}
