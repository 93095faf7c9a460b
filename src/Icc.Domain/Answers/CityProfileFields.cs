namespace Icc.Domain.Answers;

/// <summary>The field names of the city profile in answer files.</summary>
public static class CityProfileFields
{
    public const string Name = "name";
    public const string Country = "country";
    public const string Region = "region";
    public const string Year = "year";
    public const string Population = "population";
    public const string ForeignBornShare = "foreignBornShare";
    public const string ForeignResidents = "foreignResidents";
    public const string GdpPerCapitaEur = "gdpPerCapitaEur";
    public const string Notes = "notes";
    public const string MainGroups = "mainGroups";
    public const string GroupName = "name";
    public const string GroupCount = "count";
    public const string GroupShare = "share";

    /// <summary>Every scalar field, in the order the documentation lists them.</summary>
    public static readonly IReadOnlyList<string> All =
        [Name, Country, Region, Year, Population, ForeignBornShare, ForeignResidents, GdpPerCapitaEur, Notes];

    /// <summary>
    /// The fields a <see cref="CityProfile"/> cannot do without: a definition must mark them required.
    /// Every other rule of a field (type, range, length) comes from the questionnaire's profile part.
    /// </summary>
    public static readonly IReadOnlyList<string> Required = [Name, Country, Year, Population, ForeignBornShare];
}
