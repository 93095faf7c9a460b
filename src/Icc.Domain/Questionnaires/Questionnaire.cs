namespace Icc.Domain.Questionnaires;

/// <summary>
/// One version of the ICC questionnaire: its areas, indicators and questions, with every point value
/// needed to recompute a score by hand. Loaded from versioned JSON shipped inside this assembly.
/// </summary>
public sealed class Questionnaire(
    string id,
    string title,
    int year,
    string description,
    IReadOnlyList<Area> areas,
    IReadOnlyList<Indicator> indicators,
    IReadOnlyList<Question> questions,
    ProfileDefinition profile,
    DeclaredCounts declared)
{
    // Definitions are checked after construction, so tolerate missing lists and ids here.
    private readonly Dictionary<string, Question> questionsById = (questions ?? [])
        .Where(q => q is not null)
        .GroupBy(q => q.Id ?? string.Empty, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly Dictionary<string, Area> areasById = (areas ?? [])
        .Where(a => a is not null)
        .GroupBy(a => a.Id ?? string.Empty, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Stable id of the version, e.g. <c>icc-2019</c>.</summary>
    public string Id { get; } = id;

    /// <summary>Human-readable title.</summary>
    public string Title { get; } = title;

    /// <summary>The year the version came into use.</summary>
    public int Year { get; } = year;

    /// <summary>What this version is and how it differs from earlier ones.</summary>
    public string Description { get; } = description;

    /// <summary>The areas, in report order.</summary>
    public IReadOnlyList<Area> Areas { get; } = areas ?? [];

    /// <summary>The indicators, each grouping one or more areas.</summary>
    public IReadOnlyList<Indicator> Indicators { get; } = indicators ?? [];

    /// <summary>The questions, in questionnaire order.</summary>
    public IReadOnlyList<Question> Questions { get; } = questions ?? [];

    /// <summary>The city-profile part: the facts every answer file gives about the city.</summary>
    public ProfileDefinition Profile { get; } = profile;

    /// <summary>The counts the definition states about itself, checked when it loads.</summary>
    public DeclaredCounts Declared { get; } = declared;

    /// <summary>Finds a question by its exact id, or null.</summary>
    public Question? FindQuestion(string id) => this.questionsById.GetValueOrDefault(id);

    /// <summary>Finds an area by its exact id, or null.</summary>
    public Area? FindArea(string id) => this.areasById.GetValueOrDefault(id);

    /// <summary>The questions of one area, in questionnaire order.</summary>
    public IEnumerable<Question> QuestionsOf(string areaId) => this.Questions.Where(q => q.AreaId == areaId);

    /// <summary>The six areas of the intercultural lens, in questionnaire order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<Area> LensAreas => this.Areas.Where(a => a.InLens);
}

/// <summary>A policy area: the unit a rate is given for (14 in the original index, 17 in the extended).</summary>
/// <param name="Id">Stable kebab-case id, e.g. <c>public-services</c>.</param>
/// <param name="Name">Display name as reports print it.</param>
/// <param name="IndicatorId">The indicator this area belongs to (the lens holds six areas).</param>
/// <param name="InLens">True for the six areas of the intercultural lens composite.</param>
/// <param name="Since">The index generation that introduced the area: original areas also have an extended rate.</param>
/// <param name="Weight">Weight of the area in the aggregate index (all areas weigh 1 in icc-2019).</param>
/// <param name="Purpose">Why the area matters, in one short paragraph (our own words).</param>
public sealed record Area(
    string Id,
    string Name,
    string IndicatorId,
    bool InLens,
    IndexScope Since,
    decimal Weight,
    string Purpose);

/// <summary>One of the 12 indicators the questionnaire groups its areas into.</summary>
public sealed record Indicator(string Id, string Name, IReadOnlyList<string> AreaIds);

/// <summary>Which index a question (or area) counts in.</summary>
public enum IndexScope
{
    /// <summary>Counts in both the original and the extended index.</summary>
    Both,

    /// <summary>Counts in the original index only (a question the 2019 revision stopped scoring).</summary>
    Original,

    /// <summary>Counts in the extended index only (added in 2019).</summary>
    Extended,
}

/// <summary>The three kinds of data the ICC Index collects.</summary>
public enum DataType
{
    /// <summary>Demographic or structural facts, mostly quantitative.</summary>
    Fact,

    /// <summary>Policies and structures the city has put in place.</summary>
    Input,

    /// <summary>Attitudes and behaviours the policies produce.</summary>
    Impact,
}

/// <summary>How a question is answered.</summary>
public enum AnswerType
{
    /// <summary>Yes or no: two options.</summary>
    YesNo,

    /// <summary>Exactly one option, each with its own points (e.g. yes / partly / planned / no).</summary>
    SingleChoice,

    /// <summary>Any set of options; their points add up to at most the cap.</summary>
    MultipleChoice,

    /// <summary>A number, optionally scored by bands.</summary>
    Number,

    /// <summary>A percentage from 0 to 100, optionally scored by bands.</summary>
    Percentage,

    /// <summary>Free text, never scored.</summary>
    Text,
}
