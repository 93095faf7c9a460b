using System.Globalization;
using Icc.Domain.Benchmarking;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;

namespace Icc.Domain.Reporting.Sections;

/// <summary>An area's chart: the city's rate beside the sample's and, for original areas, its two bands'.</summary>
public static class AreaChart
{
    /// <summary>The chart id of an area.</summary>
    public static string Id(string areaId) => "chart-" + areaId;

    /// <summary>Builds the chart.</summary>
    public static BarChart Build(ReportInputs inputs, AreaStanding standing)
    {
        List<ChartSeries> series =
        [
            new(inputs.CityName, SeriesRole.City, [standing.Main.Rate]),
            new(GroupLabel(inputs, standing.Main), SeriesRole.Sample, [standing.Main.GroupMean]),
        ];
        foreach (var band in new[] { standing.PopulationBand, standing.ForeignBornBand }.OfType<Compared>())
        {
            series.Add(new ChartSeries(GroupLabel(inputs, band), SeriesRole.Group, [band.GroupMean]));
        }

        return new BarChart(Id(standing.Area.Id), $"{standing.Area.Name}: {inputs.CityName} and the sample", [standing.Area.Name], series);
    }

    /// <summary>A legend label naming the group and its size, or saying it is too small to compare.</summary>
    public static string GroupLabel(ReportInputs inputs, Compared compared)
    {
        var size = inputs.Sample?.Group(compared.GroupId).Size ?? 0;
        // Short enough for a chart legend: the band's own name ("200 000 to 500 000 inhabitants").
        var name = compared.GroupId switch
        {
            ReportSample.All => "All cities",
            ReportSample.NewIndicators => "Cities answering the new chapters",
            _ => Phrases.Capitalised(BandName(compared.GroupId)),
        };
        var count = size.ToString(CultureInfo.InvariantCulture);
        return inputs.Sample is null ? $"{name} (no sample)"
            : compared.GroupMean is null ? $"{name} ({count}, too few to compare)"
            : $"{name} ({count})";
    }

    private static string BandName(string groupId) =>
        Bands.Population.Concat(Bands.ForeignBorn).Single(b => groupId.EndsWith(":" + b.Id, StringComparison.Ordinal)).Name;
}
