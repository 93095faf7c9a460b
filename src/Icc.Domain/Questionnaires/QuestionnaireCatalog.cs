using System.Reflection;

namespace Icc.Domain.Questionnaires;

/// <summary>
/// The questionnaire versions this build knows. Answers stored under an older version stay readable
/// because every version keeps its own definition; a new version is a new file, never an edit.
/// </summary>
public sealed class QuestionnaireCatalog
{
    /// <summary>The version new submissions answer in the catalog shipped with this build.</summary>
    public const string ShippedCurrentId = "icc-2019";

    private const string ResourcePrefix = "Icc.Domain.Questionnaires.";

    private static readonly Lazy<QuestionnaireCatalog> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, Questionnaire> versions;

    /// <summary>A catalog of the given definitions, with <paramref name="currentId"/> the version new submissions answer.</summary>
    /// <exception cref="QuestionnaireDefinitionException">
    /// When two versions share an id, the current id is unknown, or a question id changes meaning between versions.
    /// </exception>
    public QuestionnaireCatalog(IEnumerable<Questionnaire> questionnaires, string currentId)
    {
        var list = questionnaires.ToList();
        var problems = list.GroupBy(q => q.Id).Where(g => g.Count() > 1).Select(g => $"version '{g.Key}' is given {g.Count()} times").ToList();
        problems.AddRange(QuestionIdContinuity.Problems(list));
        this.versions = list.GroupBy(q => q.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (!this.versions.TryGetValue(currentId, out var current))
        {
            problems.Add($"the current version '{currentId}' is not among [{string.Join(", ", this.versions.Keys)}]");
        }

        if (problems.Count > 0)
        {
            throw new QuestionnaireDefinitionException("(catalog)", problems);
        }

        this.Current = current!;
    }

    /// <summary>The catalog of the definitions shipped inside this assembly.</summary>
    public static QuestionnaireCatalog Default => Embedded.Value;

    /// <summary>The version new submissions are expected to answer.</summary>
    public Questionnaire Current { get; }

    /// <summary>All known versions by id.</summary>
    public IReadOnlyCollection<string> Ids => this.versions.Keys;

    /// <summary>The version with this id, or null.</summary>
    public Questionnaire? Find(string id) => this.versions.GetValueOrDefault(id);

    /// <summary>The version with this id; throws when it is unknown.</summary>
    public Questionnaire Get(string id) =>
        this.Find(id) ?? throw new KeyNotFoundException($"Unknown questionnaire '{id}'. Known: {string.Join(", ", this.Ids)}.");

    private static QuestionnaireCatalog LoadEmbedded()
    {
        var assembly = typeof(QuestionnaireCatalog).Assembly;
        var questionnaires = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => QuestionnaireReader.Read(ReadResource(assembly, name)));
        return new QuestionnaireCatalog(questionnaires, ShippedCurrentId);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded questionnaire {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
