using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;

namespace Icc.Domain.Reporting.Sections;

/// <summary>
/// Recommendations: for each area with items not yet achieved, the area's lead sentence, the open items
/// as a list, and the other cities' programmes its section suggests.
/// </summary>
public static class RecommendationsSection
{
    /// <summary>Builds the section.</summary>
    public static ReportSection Build(ReportInputs inputs, IReadOnlyList<AreaStanding> areas)
    {
        List<ReportBlock> blocks = [];
        foreach (var standing in areas)
        {
            var open = AreaItems.Of(inputs, standing.Area.Id).Open.ToList();
            if (open.Count == 0)
            {
                continue;
            }

            var practices = inputs.Practices.Suggest(standing.Area.Id, open.Select(q => q.Id)).Take(inputs.Rules.SuggestedPractices).ToList();
            blocks.Add(new Subheading(standing.Area.Name));
            blocks.Add(new Paragraph(inputs.Narrative.Get(standing.Area.Id).RecommendationLead));
            blocks.Add(new BulletList([.. open.Select(q => new Paragraph(Phrases.Sentence(inputs.CityName, [q.NotAchieved])))]));
            if (practices.Count > 0)
            {
                blocks.Add(new Paragraph(
                    "Examples to look at: " + string.Join("; ", practices.Select(p => $"{p.Title} ({p.City})")) + $" (see the {Phrases.Lower(standing.Area.Name)} section)."));
            }
        }

        List<ReportBlock> intro = blocks.Count == 0
            ? [new Paragraph($"{inputs.CityName} achieves every item of the questionnaire; the suggestions in each area point to ways of going further.")]
            : [new Paragraph($"Each area below still has items open for {inputs.CityName}: the list names them, followed by programmes of other cities worth a look.")];
        return new ReportSection("recommendations", "Recommendations", [.. intro, .. blocks]);
    }
}
