using Icc.Domain.Answers;
using Icc.Domain.Answers.Reading;

namespace Icc.Domain.Validation;

/// <summary>Checks the city profile and builds it when every required field is sound.</summary>
internal static class ProfileValidator
{
    public static CityProfile? Validate(RawAnswerFile file, SourceLocation profileLocation, List<ValidationIssue> issues)
    {
        var fields = new Dictionary<string, RawField>(StringComparer.Ordinal);
        foreach (var field in file.Profile)
        {
            if (!CityProfileFields.All.Contains(field.Name))
            {
                issues.Add(Issues.Warning(IssueCodes.UnknownField, field.Location,
                    $"\"{EchoText.Safe(field.Name)}\" is not a city profile field and is ignored. Profile fields: {string.Join(", ", CityProfileFields.All)}, {CityProfileFields.MainGroups}."));
            }
            else if (!fields.TryAdd(field.Name, field))
            {
                issues.Add(Issues.Error(IssueCodes.ProfileInvalid, field.Location,
                    $"The profile field \"{field.Name}\" is given twice (also at {fields[field.Name].Location}). Keep one."));
            }
        }

        var before = issues.Count(i => i.Severity == Severity.Error);
        foreach (var required in CityProfileFields.Required.Where(r => !fields.TryGetValue(r, out var f) || f.Value.IsEmpty))
        {
            issues.Add(Issues.Error(IssueCodes.ProfileMissing, profileLocation,
                $"The city profile lacks \"{required}\". Add it: {Hint(required)}"));
        }

        var name = Text(fields, CityProfileFields.Name, AnswerFileLimits.MaxProfileChars, issues);
        var country = Text(fields, CityProfileFields.Country, AnswerFileLimits.MaxProfileChars, issues);
        var region = Text(fields, CityProfileFields.Region, AnswerFileLimits.MaxProfileChars, issues);
        var notes = Text(fields, CityProfileFields.Notes, AnswerFileLimits.MaxNotesChars, issues);
        var year = Number(fields, CityProfileFields.Year, ProfileRules.Year, issues);
        var population = Number(fields, CityProfileFields.Population, ProfileRules.Population, issues);
        var share = Number(fields, CityProfileFields.ForeignBornShare, ProfileRules.ForeignBornShare, issues);
        var residents = Number(fields, CityProfileFields.ForeignResidents, ProfileRules.ForeignResidents, issues);
        var gdp = Number(fields, CityProfileFields.GdpPerCapitaEur, ProfileRules.GdpPerCapitaEur, issues);
        var groups = file.Groups.Select(g => Group(g, issues)).OfType<PopulationGroup>().ToList();

        if (issues.Count(i => i.Severity == Severity.Error) > before || name is null || country is null || year is null || population is null || share is null)
        {
            return null;
        }

        return new CityProfile(name, country, region, (int)year.Value, (long)population.Value, share.Value,
            residents is null ? null : (long)residents.Value, groups, gdp, notes);
    }

    private static string Hint(string field) => field switch
    {
        CityProfileFields.Name => "the city's name as the report should print it.",
        CityProfileFields.Country => "the country the city is in.",
        CityProfileFields.Year => "the year the answers describe, such as 2024.",
        CityProfileFields.Population => "the number of inhabitants, such as 389354.",
        _ => "the share of foreign-born residents in percent, such as 12.5.",
    };

    private static string? Text(Dictionary<string, RawField> fields, string name, int limit, List<ValidationIssue> issues)
    {
        if (!fields.TryGetValue(name, out var field) || field.Value.IsEmpty)
        {
            return null;
        }

        if (field.Value.Kind != RawKind.String)
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, field.Location, $"\"{name}\" must be text, not {field.Value.Describe()}."));
            return null;
        }

        var text = field.Value.Text!.Trim();
        return TextChecks.Check(text, limit, $"profile field \"{name}\"", field.Location, null, issues) ? text : null;
    }

    private static decimal? Number(Dictionary<string, RawField> fields, string name, NumberRule rule, List<ValidationIssue> issues)
    {
        if (!fields.TryGetValue(name, out var field) || field.Value.IsEmpty)
        {
            return null;
        }

        var result = NumberCheck.Check(field.Value, rule, $"\"{name}\"");
        if (result.Problem is not null)
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, field.Location, result.Problem));
        }

        return result.Value;
    }

    private static PopulationGroup? Group(RawGroup group, List<ValidationIssue> issues)
    {
        if (group.Name.Kind != RawKind.String || string.IsNullOrWhiteSpace(group.Name.Text))
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, group.Location, "A main group needs a name, such as \"Central Asians\"."));
            return null;
        }

        var name = group.Name.Text.Trim();
        if (!TextChecks.Check(name, AnswerFileLimits.MaxProfileChars, "group name", group.Location, null, issues))
        {
            return null;
        }

        var count = GroupNumber(group.Count, ProfileRules.GroupCount, $"the count of group \"{EchoText.Safe(name)}\"", group.Location, issues);
        var share = GroupNumber(group.Share, ProfileRules.GroupShare, $"the share of group \"{EchoText.Safe(name)}\"", group.Location, issues);
        if (count.Problem is not null || share.Problem is not null)
        {
            return null;
        }

        return new PopulationGroup(name, count.Value is decimal people ? (long)people : null, share.Value);
    }

    private static NumberResult GroupNumber(RawValue value, NumberRule rule, string what, SourceLocation location, List<ValidationIssue> issues)
    {
        if (value.IsEmpty)
        {
            return new NumberResult(NumberVerdict.Fine, null, null);
        }

        var result = NumberCheck.Check(value, rule, what);
        if (result.Problem is not null)
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, location, result.Problem));
        }

        return result;
    }
}
