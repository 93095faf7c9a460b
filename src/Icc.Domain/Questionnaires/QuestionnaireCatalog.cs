using System.Reflection;

namespace Icc.Domain.Questionnaires;

/// <summary>
/// The questionnaire versions this build knows. Answers stored under an older version stay readable
/// because every version keeps its own definition; a new version is a new file, never an edit.
/// </summary>
public sealed class QuestionnaireCatalog
{
    private const string ResourcePrefix = "Icc.Domain.Questionnaires.";

    private static readonly Lazy<QuestionnaireCatalog> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, Questionnaire> versions;

    /// <summary>A catalog of the given definitions; the last one is the current version.</summary>
    public QuestionnaireCatalog(IEnumerable<Questionnaire> questionnaires)
    {
        var list = questionnaires.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A catalog needs at least one questionnaire.", nameof(questionnaires));
        }

        this.versions = list.ToDictionary(q => q.Id, StringComparer.Ordinal);
        this.Current = list[^1];
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
        return new QuestionnaireCatalog(questionnaires);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded questionnaire {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
