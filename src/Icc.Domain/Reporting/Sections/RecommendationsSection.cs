using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;

namespace Icc.Domain.Reporting.Sections;

/// <summary>Recommendations: one entry per area with room to improve, built from the items the city has not achieved.</summary>
public static class RecommendationsSection
{
    /// <summary>Builds the section.</summary>
    public static ReportSection Build(ReportInputs inputs, IReadOnlyList<AreaStanding> areas)
    {
        var entries = areas
            .Select(a => (Standing: a, Open: AreaItems.Of(inputs, a.Area.Id).Open.ToList()))
            .Where(x => x.Open.Count > 0)
            .Select(x => new Paragraph(
            [
                new TextRun(x.Standing.Area.Name + ". ", Strong: true),
                new TextRun(inputs.Narrative.Get(x.Standing.Area.Id).RecommendationLead + " " +
                    Phrases.Sentence("It", [.. x.Open.Select(q => q.NotAchieved)]).Replace("It ", "At present it ", StringComparison.Ordinal)),
            ]))
            .ToList();
        List<ReportBlock> blocks = entries.Count == 0
            ? [new Paragraph($"{inputs.CityName} achieves every item of the questionnaire; the suggestions in each area point to ways of going further.")]
            : [new Paragraph($"The secretariat suggests that {inputs.CityName} considers the following, area by area."), new BulletList(entries)];
        return new ReportSection("recommendations", "Recommendations", blocks);
    }
}
