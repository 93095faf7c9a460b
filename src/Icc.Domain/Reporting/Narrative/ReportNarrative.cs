using Icc.Domain.Questionnaires;

namespace Icc.Domain.Reporting.Narrative;

/// <summary>
/// The fixed prose of a report: the introduction and, for every area of one questionnaire version, why the area
/// matters and how its recommendations are introduced. The prose shipped in this assembly is <see cref="Default"/>.
/// </summary>
public sealed class ReportNarrative
{
    private const string ResourceFile = "report-narrative.json";

    private static readonly Lazy<ReportNarrative> Embedded =
        new(() => ReportNarrativeReader.Read(ReportDataResources.Read(ResourceFile), QuestionnaireCatalog.Default));

    private readonly Dictionary<string, AreaNarrative> byArea;

    /// <summary>A narrative of already checked texts (use <see cref="ReportNarrativeReader"/> to check them).</summary>
    public ReportNarrative(string questionnaireId, IntroductionText introduction, IEnumerable<AreaNarrative> areas)
    {
        this.QuestionnaireId = questionnaireId;
        this.Introduction = introduction;
        this.Areas = areas.ToList();
        this.byArea = this.Areas.ToDictionary(a => a.AreaId, StringComparer.Ordinal);
    }

    /// <summary>The narrative shipped inside this assembly, checked against the questionnaire it describes.</summary>
    public static ReportNarrative Default => Embedded.Value;

    /// <summary>The questionnaire version whose areas the narrative covers.</summary>
    public string QuestionnaireId { get; }

    /// <summary>The introduction's texts.</summary>
    public IntroductionText Introduction { get; }

    /// <summary>One narrative per area, in questionnaire order.</summary>
    public IReadOnlyList<AreaNarrative> Areas { get; }

    /// <summary>The narrative of an area, or null.</summary>
    public AreaNarrative? Find(string areaId) => this.byArea.GetValueOrDefault(areaId);

    /// <summary>The narrative of an area; throws when the area has none.</summary>
    public AreaNarrative Get(string areaId) =>
        this.Find(areaId) ?? throw new KeyNotFoundException($"No narrative for area '{areaId}'.");
}
