using System.Globalization;
using Icc.Domain.Benchmarking;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;
using Icc.Domain.Reporting.Wording;

namespace Icc.Domain.Reporting.Sections;

/// <summary>
/// Overall conclusions: the aggregate index and the city's place in the sample and its bands, an overview
/// chart of every area, and a table of what the city does well and could improve in each area.
/// </summary>
public static class OverallSection
{
    private const int PhrasesPerCell = 3;

    /// <summary>Builds the section.</summary>
    public static ReportSection Build(ReportInputs inputs, IReadOnlyList<AreaStanding> areas)
    {
        List<ReportBlock> blocks = [Aggregate(inputs)];
        if (Bands(inputs) is Paragraph bands)
        {
            blocks.Add(bands);
        }

        blocks.Add(Overview(inputs, areas));
        if (inputs.Sample is { } sample)
        {
            blocks.Add(new Paragraph(
                $"For the three areas added in 2019 the sample bar is the average of the {Phrases.Number(sample.Group(ReportSample.NewIndicators).Size)} cities that answered them."));
        }

        blocks.Add(Conclusions(inputs, areas));
        return new ReportSection("overall-conclusions", "Overall conclusions", blocks);
    }

    private static Paragraph Aggregate(ReportInputs inputs)
    {
        var city = inputs.CityName;
        var index = Phrases.Number(inputs.Card.Index);
        var sample = inputs.Sample;
        var position = sample?.PositionOf(inputs.City, ReportSample.All, Figures.Index);
        if (sample is null || position is null)
        {
            return new Paragraph($"{city}'s aggregate Intercultural Cities Index is {index}.");
        }

        var (above, below) = sample.Neighbours(inputs.City, Figures.Index);
        var text = $"With an aggregate Intercultural Cities Index of {index}, {city} is positioned {Ordinals.Of(position.Rank)} among the {Phrases.Number(position.Of)} cities in the sample";
        text += (above, below) switch
        {
            ({ } a, { } b) => $", between {Named(a)} and {Named(b)}.",
            (null, { } b) => $", ahead of {Named(b)}.",
            ({ } a, null) => $", after {Named(a)}.",
            _ => ".",
        };
        if (position.TiedWith > 0)
        {
            text += $" {Phrases.Number(position.TiedWith)} other {(position.TiedWith == 1 ? "city has" : "cities have")} the same index.";
        }

        return new Paragraph(text);
    }

    private static Paragraph? Bands(ReportInputs inputs)
    {
        if (inputs.Sample is not { } sample)
        {
            return null;
        }

        string Clause(string groupId)
        {
            var group = sample.Group(groupId);
            var name = ComparisonGroup.Standard.Single(g => g.Id == groupId).Name;
            return sample.PositionOf(inputs.City, groupId, Figures.Index) is { } position
                ? $"{Ordinals.Of(position.Rank)} among the {Phrases.Number(position.Of)} {name}"
                : $"not ranked among the {Phrases.Number(group.Size)} {name}, too few to compare";
        }

        return new Paragraph(
            $"{inputs.CityName} is {Clause(ReportSample.PopulationGroup(inputs.City))}, and {Clause(ReportSample.ForeignBornGroup(inputs.City))}.");
    }

    private static BarChart Overview(ReportInputs inputs, IReadOnlyList<AreaStanding> areas) => new(
        "chart-overview",
        $"Every area: {inputs.CityName} and the sample",
        [.. areas.Select(a => a.Area.Name)],
        [
            new ChartSeries(inputs.CityName, SeriesRole.City, [.. areas.Select(a => (double?)a.Main.Rate)]),
            new ChartSeries(
                inputs.Sample is null ? "Sample (none yet)" : $"Sample average ({Phrases.Number(inputs.Sample.Snapshot.Cities)} cities)",
                SeriesRole.Sample,
                [.. areas.Select(a => (double?)a.Main.GroupMean)]),
        ],
        ChartOrientation.Horizontal);

    private static Table Conclusions(ReportInputs inputs, IReadOnlyList<AreaStanding> areas) => new(
        [new TableColumnSpec("Area", 2), new TableColumnSpec("Rate", 0.8, Numeric: true), new TableColumnSpec("Does well", 4), new TableColumnSpec("Could improve", 4)],
        [.. areas.Select(a =>
        {
            var items = AreaItems.Of(inputs, a.Area.Id);
            return (IReadOnlyList<string>)
            [
                a.Area.Name,
                Phrases.Number(a.Main.Rate),
                Cell(items.Achieved.Select(q => q.Achieved)),
                Cell(items.Open.Select(q => q.NotAchieved)),
            ];
        })],
        "What the city does well and what it could improve, area by area");

    private static string Cell(IEnumerable<string> phrases)
    {
        var list = phrases.ToList();
        if (list.Count == 0)
        {
            return "-";
        }

        var shown = string.Join("; ", list.Take(PhrasesPerCell).Select(p => p.TrimEnd('.')));
        return list.Count > PhrasesPerCell ? $"{shown}; and {list.Count - PhrasesPerCell} more" : shown;
    }

    private static string Named(BenchmarkEntry entry) =>
        $"{entry.CityName} ({Phrases.Number(entry.Figures.TryGetValue(Figures.Index, out var index) ? Scoring.Rounding.Truncate(index) : null)})";
}
