namespace Icc.Domain.Questionnaires;

/// <summary>
/// The city-profile part of a questionnaire: the facts an answer file gives about the city, each with
/// its type, whether it is required and what it accepts. Validation and the JSON Schema read these.
/// </summary>
/// <param name="Fields">The scalar fields (name, country, year, population, ...), in documentation order.</param>
/// <param name="MainGroupFields">The fields of each main population group (name, count, share).</param>
public sealed record ProfileDefinition(IReadOnlyList<ProfileField> Fields, IReadOnlyList<ProfileField> MainGroupFields)
{
    /// <summary>The answer-file name of the list of main groups.</summary>
    public const string MainGroupsId = "mainGroups";

    /// <summary>Finds a scalar field by id, or null.</summary>
    public ProfileField? Find(string id) => this.Fields.FirstOrDefault(f => f.Id == id);

    /// <summary>Finds a main-group field by id, or null.</summary>
    public ProfileField? FindGroupField(string id) => this.MainGroupFields.FirstOrDefault(f => f.Id == id);
}

/// <summary>One field of the city profile.</summary>
/// <param name="Id">The name answer files use, e.g. <c>population</c> (<c>city.population</c> in CSV).</param>
/// <param name="Type">Text, number or percentage.</param>
/// <param name="Required">True when every answer file must give it.</param>
/// <param name="MaxLength">For text: the most characters.</param>
/// <param name="Min">For numbers: the smallest accepted value.</param>
/// <param name="Max">For numbers: the largest accepted value.</param>
/// <param name="WholeNumber">For numbers: true when fractions are refused (people, years).</param>
/// <param name="Hint">What to write, as the message for a missing field says it.</param>
public sealed record ProfileField(
    string Id,
    ProfileFieldType Type,
    bool Required,
    int? MaxLength,
    decimal? Min,
    decimal? Max,
    bool WholeNumber,
    string Hint);

/// <summary>The kinds of value a profile field holds.</summary>
public enum ProfileFieldType
{
    /// <summary>Text, bounded by a length.</summary>
    Text,

    /// <summary>A number within a range.</summary>
    Number,

    /// <summary>A percentage from 0 to 100; "12.5 %" is read as 12.5.</summary>
    Percentage,
}
