using Icc.Domain.Questionnaires;

namespace Icc.Domain.Reporting.Practices;

/// <summary>
/// The good practices a report can suggest, looked up by area and by question. The catalogue shipped in this
/// assembly (<see cref="Default"/>) tags the questions of one questionnaire version.
/// </summary>
public sealed class GoodPracticeCatalog
{
    private const string ResourceFile = "good-practices.json";

    private static readonly Lazy<GoodPracticeCatalog> Embedded =
        new(() => GoodPracticeReader.Read(ReportDataResources.Read(ResourceFile), QuestionnaireCatalog.Default));

    private readonly Dictionary<string, GoodPractice> byId;
    private readonly ILookup<string, GoodPractice> byArea;
    private readonly ILookup<string, GoodPractice> byQuestion;

    /// <summary>A catalogue of already checked practices (use <see cref="GoodPracticeReader"/> to check them).</summary>
    /// <param name="questionnaireId">The questionnaire version whose ids the tags use.</param>
    /// <param name="practices">The practices, in catalogue order.</param>
    public GoodPracticeCatalog(string questionnaireId, IEnumerable<GoodPractice> practices)
    {
        this.QuestionnaireId = questionnaireId;
        this.All = practices.ToList();
        this.byId = this.All.ToDictionary(p => p.Id, StringComparer.Ordinal);
        this.byArea = this.All.SelectMany(p => p.AreaIds, (p, a) => (p, a)).ToLookup(x => x.a, x => x.p, StringComparer.Ordinal);
        this.byQuestion = this.All.SelectMany(p => p.QuestionIds, (p, q) => (p, q)).ToLookup(x => x.q, x => x.p, StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped inside this assembly, checked against the questionnaire it tags.</summary>
    public static GoodPracticeCatalog Default => Embedded.Value;

    /// <summary>The questionnaire version (e.g. <c>icc-2019</c>) whose area and question ids the tags use.</summary>
    public string QuestionnaireId { get; }

    /// <summary>Every practice, in catalogue order.</summary>
    public IReadOnlyList<GoodPractice> All { get; }

    /// <summary>The practice with this id, or null.</summary>
    public GoodPractice? Find(string id) => this.byId.GetValueOrDefault(id);

    /// <summary>The practices that illustrate an area, in catalogue order (empty for an unknown area).</summary>
    public IReadOnlyList<GoodPractice> ForArea(string areaId) => [.. this.byArea[areaId]];

    /// <summary>The practices that would help a city achieve a question, in catalogue order.</summary>
    public IReadOnlyList<GoodPractice> ForQuestion(string questionId) => [.. this.byQuestion[questionId]];

    /// <summary>
    /// The practices to suggest for an area, best first: those answering the most of the city's missed questions
    /// lead, then practices cited in published reports, then catalogue order. Practices of the area that answer
    /// none of the missed questions come last, so a city that achieved everything still gets ideas.
    /// </summary>
    /// <param name="areaId">The area.</param>
    /// <param name="missedQuestionIds">The area's questions the city did not fully achieve.</param>
    public IReadOnlyList<GoodPractice> Suggest(string areaId, IEnumerable<string> missedQuestionIds)
    {
        var missed = missedQuestionIds.ToHashSet(StringComparer.Ordinal);
        return this.ForArea(areaId)
            .Select((practice, order) => (practice, order, hits: practice.QuestionIds.Count(missed.Contains)))
            .OrderByDescending(x => x.hits)
            .ThenBy(x => x.practice.CitedIn.Count == 0)
            .ThenBy(x => x.order)
            .Select(x => x.practice)
            .ToList();
    }
}
