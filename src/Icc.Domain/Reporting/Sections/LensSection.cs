using System.Globalization;
using Icc.Domain.Benchmarking;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;
using Icc.Domain.Reporting.Wording;

namespace Icc.Domain.Reporting.Sections;

/// <summary>"The city through an intercultural lens": the composite of six areas, then one subsection per area.</summary>
public static class LensSection
{
    /// <summary>Builds the section around the six area sections.</summary>
    public static ReportSection Build(ReportInputs inputs, IReadOnlyList<AreaStanding> lensAreas)
    {
        var city = inputs.CityName;
        var lens = AreaStanding.Compare(inputs.Sample, inputs.City, inputs.Card.Lens, ReportSample.All, Figures.Lens);
        var names = string.Join(", ", lensAreas.Select(a => Phrases.Lower(a.Area.Name)));
        var rate = Phrases.Number(lens.Rate);
        var sentence = lens is { GroupMean: int mean, Rate: int value }
            ? $"Taken together, these six areas give {city} a lens rate of {rate}, {RateWording.Compare(value, mean, inputs.Rules)} the sample's {Phrases.Number(mean)}."
            : $"Taken together, these six areas give {city} a lens rate of {rate}.";
        List<ReportBlock> blocks =
        [
            new Paragraph(
                "An intercultural city looks at all of its services and policies through one question: do they help people of every " +
                $"background meet, mix and take part? The index answers it for six areas ({names}) and combines them into the " +
                "intercultural lens, the plain mean of their rates."),
            new Paragraph(sentence),
            new BarChart(
                "chart-lens",
                $"The intercultural lens: {city} and the sample",
                [.. lensAreas.Select(a => a.Area.Name)],
                [
                    new ChartSeries(city, SeriesRole.City, [.. lensAreas.Select(a => (double?)a.Main.Rate)]),
                    new ChartSeries(AreaChart.GroupLabel(inputs, lensAreas[0].Main), SeriesRole.Sample, [.. lensAreas.Select(a => (double?)a.Main.GroupMean)]),
                ],
                ChartOrientation.Horizontal),
        ];
        return new ReportSection("intercultural-lens", "The city through an intercultural lens", blocks, [.. lensAreas.Select(a => AreaSection.Build(inputs, a))]);
    }
}
