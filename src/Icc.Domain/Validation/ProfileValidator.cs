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
                    $"\"{field.Name}\" is not a city profile field and is ignored. Profile fields: {string.Join(", ", CityProfileFields.All)}, {CityProfileFields.MainGroups}."));
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
        var year = Number(fields, CityProfileFields.Year, 1990, 2100, wholeNumber: true, issues);
        var population = Number(fields, CityProfileFields.Population, 1, 100_000_000, wholeNumber: true, issues);
        var share = Number(fields, CityProfileFields.ForeignBornShare, 0, 100, wholeNumber: false, issues);
        var residents = Number(fields, CityProfileFields.ForeignResidents, 0, 100_000_000, wholeNumber: true, issues);
        var gdp = Number(fields, CityProfileFields.GdpPerCapitaEur, 0, 10_000_000, wholeNumber: false, issues);
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

    private static decimal? Number(Dictionary<string, RawField> fields, string name, decimal min, decimal max, bool wholeNumber, List<ValidationIssue> issues)
    {
        if (!fields.TryGetValue(name, out var field) || field.Value.IsEmpty)
        {
            return null;
        }

        var value = wholeNumber && field.Value.Kind == RawKind.String
            ? (NumberText.TryParseWhole(field.Value.Text!, out var whole) ? whole : null)
            : ParseNumber(field.Value);
        if (value is null)
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, field.Location, $"\"{name}\" must be a number, not {field.Value.Describe()}."));
            return null;
        }

        if (value < min || value > max || (wholeNumber && value != decimal.Truncate(value.Value)))
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, field.Location,
                $"\"{name}\" is {value}; it must be {(wholeNumber ? "a whole number" : "a number")} from {min} to {max}."));
            return null;
        }

        return value;
    }

    private static decimal? ParseNumber(RawValue value) => value.Kind switch
    {
        RawKind.Number => value.Number,
        RawKind.String when NumberText.TryParse(value.Text!, allowPercentSign: true, out var parsed) => parsed,
        _ => null,
    };

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

        decimal? count = group.Count.IsEmpty ? null
            : group.Count.Kind == RawKind.String ? (NumberText.TryParseWhole(group.Count.Text!, out var whole) ? whole : null)
            : ParseNumber(group.Count);
        decimal? share = group.Share.IsEmpty ? null : ParseNumber(group.Share);
        if ((!group.Count.IsEmpty && count is not >= 0) || (!group.Share.IsEmpty && share is not (>= 0 and <= 100)))
        {
            issues.Add(Issues.Error(IssueCodes.ProfileInvalid, group.Location,
                $"Group \"{name}\": the count must be a number of people (0 or more) and the share a percentage from 0 to 100."));
            return null;
        }

        return new PopulationGroup(name, count is null ? null : (long)count.Value, share);
    }
}
