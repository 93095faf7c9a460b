using System.Globalization;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;
using Icc.Domain.Reporting.Wording;

namespace Icc.Domain.Reporting.Sections;

/// <summary>
/// One area's section: why it matters, the rate against the sample in words (with the extended figure as a
/// footnote), a chart, what the city does (its achieved items and evidence) and ideas from other cities.
/// </summary>
public static class AreaSection
{
    /// <summary>The section id of an area.</summary>
    public static string Id(string areaId) => "area-" + areaId;

    /// <summary>Builds the section.</summary>
    public static ReportSection Build(ReportInputs inputs, AreaStanding standing)
    {
        var items = AreaItems.Of(inputs, standing.Area.Id);
        List<ReportBlock> blocks =
        [
            new Paragraph(inputs.Narrative.Get(standing.Area.Id).WhyItMatters),
            RateParagraph(inputs, standing),
            AreaChart.Build(inputs, standing),
            .. Practice(inputs, items),
            .. Suggestions(inputs, standing, items),
        ];
        return new ReportSection(Id(standing.Area.Id), standing.Area.Name, blocks);
    }

    /// <summary>The rate sentence (and position sentence, and extended footnote) of an area.</summary>
    public static Paragraph RateParagraph(ReportInputs inputs, AreaStanding standing)
    {
        var city = inputs.CityName;
        var area = Phrases.Lower(standing.Area.Name);
        var main = standing.Main;
        var rate = Phrases.Number(main.Rate);
        List<Inline> runs = [];
        if (standing.IsNew)
        {
            runs.Add(new TextRun(
                $"Indicators on {area} entered the index in 2019, so {city} is compared here with the {Phrases.Number(main.GroupSize)} cities that have answered them. " +
                $"{city}'s rate of achievement in {area} is {rate}"));
            runs.Add(new TextRun(main.GroupMean is int newMean ? $", against an average of {Phrases.Number(newMean)} for those cities." : "."));
        }
        else if (main.GroupMean is int mean && main.Rate is int value)
        {
            runs.Add(new TextRun(
                $"In {area}, {city} achieved a rate of {rate}, {RateWording.Compare(value, mean, inputs.Rules)} the achievement rate of {Phrases.Number(mean)} " +
                $"of the {Phrases.Number(main.GroupSize)} cities in the sample."));
        }
        else
        {
            runs.Add(new TextRun($"In {area}, {city} achieved a rate of {rate}. No comparison sample was available for it."));
        }

        if (standing.Extended is { Rate: int extended } ext)
        {
            runs.Add(new FootnoteRef(
                $"Counting the questions added in 2019 (the extended index), {city}'s rate in {area} is {Phrases.Number(extended)}" +
                (ext.GroupMean is int extMean ? $", against {Phrases.Number(extMean)} for the {Phrases.Number(ext.GroupSize)} cities that answered them." : ".")));
        }

        if (main.Position is { } position && PositionWording.Clause(position, inputs.Rules, standing.IsNew) is string clause)
        {
            runs.Add(new TextRun($" {city} {clause}."));
        }

        return new Paragraph(runs);
    }

    private static IEnumerable<ReportBlock> Practice(ReportInputs inputs, AreaItems items)
    {
        yield return new Subheading($"What {inputs.CityName} does");
        if (items.Achieved.Count == 0 && items.Partly.Count == 0)
        {
            yield return new Paragraph($"None of the items of this area is achieved yet.");
            yield break;
        }

        var partly = items.Partly.Select(q => "in part, " + q.Achieved).ToList();
        yield return new Paragraph(Phrases.Sentence(inputs.CityName, [.. items.Achieved.Select(q => q.Achieved), .. partly]));
        var evidence = items.Achieved.Concat(items.Partly)
            .Select(q => (Question: q, Evidence: inputs.Sheet.Find(q.Id)?.Evidence))
            .Where(x => !string.IsNullOrWhiteSpace(x.Evidence))
            .Select(x => new Paragraph([new TextRun(Phrases.Capitalised(x.Question.Achieved) + ": ", Strong: true), new TextRun(x.Evidence!.Trim())]))
            .ToList();
        if (evidence.Count > 0)
        {
            yield return new BulletList(evidence);
        }
    }

    private static IEnumerable<ReportBlock> Suggestions(ReportInputs inputs, AreaStanding standing, AreaItems items)
    {
        var open = items.Open.ToList();
        var practices = inputs.Practices.Suggest(standing.Area.Id, open.Select(q => q.Id)).Take(inputs.Rules.SuggestedPractices).ToList();
        if (open.Count == 0 && practices.Count == 0)
        {
            yield break;
        }

        yield return new Subheading("Ideas from other cities");
        yield return new Paragraph(open.Count == 0
            ? $"{inputs.CityName} achieves every item of this area. Other cities' programmes may still offer ideas for going further."
            : Phrases.Sentence(inputs.CityName, [.. open.Select(q => q.NotAchieved)]));
        foreach (var practice in practices)
        {
            yield return new Paragraph([new TextRun($"{practice.City} ({practice.Country}), {practice.Title}. ", Strong: true), new TextRun(practice.Summary)]);
        }
    }
}
