namespace Icc.Domain.Answers;

/// <summary>The facts about the city that the report's overview and the benchmark bands use.</summary>
/// <param name="Name">The city's name as it should appear in the report, e.g. "Asan City".</param>
/// <param name="Country">The country.</param>
/// <param name="Region">Region or province, if any.</param>
/// <param name="Year">The year the answers describe (the index year).</param>
/// <param name="Population">Total population.</param>
/// <param name="ForeignBornShare">Share of foreign-born residents in percent (0-100): decides the foreign-born band.</param>
/// <param name="ForeignResidents">Number of foreign residents, if known.</param>
/// <param name="MainGroups">The largest groups with a migrant or minority background.</param>
/// <param name="GdpPerCapitaEur">GDP (or GRDP) per capita in euros, if known.</param>
/// <param name="Notes">Anything else the report's overview should say about the city, in the city's words.</param>
public sealed record CityProfile(
    string Name,
    string Country,
    string? Region,
    int Year,
    long Population,
    decimal ForeignBornShare,
    long? ForeignResidents,
    IReadOnlyList<PopulationGroup> MainGroups,
    decimal? GdpPerCapitaEur,
    string? Notes);

/// <summary>A population group with a migrant or minority background.</summary>
/// <param name="Name">How the city names the group.</param>
/// <param name="Count">Number of people, if known.</param>
/// <param name="Share">Share of the foreign or minority population in percent, if known.</param>
public sealed record PopulationGroup(string Name, long? Count, decimal? Share);
