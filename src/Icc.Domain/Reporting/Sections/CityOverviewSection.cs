using System.Globalization;
using Icc.Domain.Benchmarking;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;

namespace Icc.Domain.Reporting.Sections;

/// <summary>The city overview: who lives there, from the profile in the answer file.</summary>
public static class CityOverviewSection
{
    /// <summary>Builds the section.</summary>
    public static ReportSection Build(ReportInputs inputs)
    {
        var city = inputs.Sheet.City;
        var where = city.Region is { Length: > 0 } region ? $"{region}, {city.Country}" : city.Country;
        var population = Bands.PopulationBand(city.Population);
        var foreignBorn = Bands.ForeignBornBand(city.ForeignBornShare);
        List<ReportBlock> blocks =
        [
            new Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"{city.Name} ({where}) has {Whole(city.Population)} inhabitants, and {city.ForeignBornShare:0.#} % of its residents were born abroad. " +
                $"It is therefore compared with the cities with {population.Name} and with those with {foreignBorn.Name}.")),
        ];
        List<IReadOnlyList<string>> rows =
        [
            ["Population", Whole(city.Population)],
            ["Foreign-born residents", string.Create(CultureInfo.InvariantCulture, $"{city.ForeignBornShare:0.#} %")],
        ];
        if (city.ForeignResidents is long residents)
        {
            rows.Add(["Foreign residents", Whole(residents)]);
        }

        rows.AddRange(city.MainGroups.Select(g => (IReadOnlyList<string>)[g.Name, Group(g)]));
        if (city.GdpPerCapitaEur is decimal gdp)
        {
            rows.Add(["GDP per inhabitant", Whole((long)gdp) + " EUR"]);
        }

        blocks.Add(new Table([new TableColumnSpec("Fact", 2), new TableColumnSpec("Value", 1, Numeric: true)], rows, "The city in figures"));
        if (city.Notes is { Length: > 0 } notes)
        {
            blocks.Add(new Paragraph(notes));
        }

        return new ReportSection("city-overview", $"{city.Name}: an overview", blocks);
    }

    private static string Group(Answers.PopulationGroup group) => (group.Count, group.Share) switch
    {
        (long count, decimal share) => string.Create(CultureInfo.InvariantCulture, $"{Whole(count)} ({share:0.#} %)"),
        (long count, null) => Whole(count),
        (null, decimal share) => string.Create(CultureInfo.InvariantCulture, $"{share:0.#} %"),
        _ => "-",
    };

    // Thousands separated by a space, as the published reports print them.
    private static string Whole(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
}
