using System.Text.Json;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting.Narrative;
using Icc.Domain.Reporting.Practices;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Reporting;

/// <summary>
/// Every text the project ships, file by file, as (item, text) pairs for the originality check: the good-practice
/// catalogue, the report narrative, the questionnaire definitions, the sample answer files, the answer-file schema
/// and the Markdown documentation. Files are found by folder, so a new questionnaire, sample or page is checked
/// without anyone having to remember to add it here.
/// </summary>
internal static class ShippedTexts
{
    public const string PracticesFile = "src/Icc.Domain/Reporting/Practices/good-practices.json";
    public const string NarrativeFile = "src/Icc.Domain/Reporting/Narrative/report-narrative.json";

    private const string QuestionnaireFolder = "src/Icc.Domain/Questionnaires";
    private const string SampleFolder = "samples";
    private const string SchemaFolder = "schemas";

    // Build output and tool folders hold copies or generated files, not texts we write.
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "TestResults"];

    /// <summary>Every file holding shipped text, relative to the repository root with forward slashes.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        PracticesFile,
        NarrativeFile,
        .. FilesIn(QuestionnaireFolder, "*.json"),
        .. FilesIn(SampleFolder, "*.json"),
        .. FilesIn(SampleFolder, "*.csv"),
        .. FilesIn(SchemaFolder, "*.json"),
        .. MarkdownFiles(),
    ];

    /// <summary>The texts of one file of <see cref="Files"/>, each named by the item it belongs to.</summary>
    public static IEnumerable<(string Item, string Text)> Of(string file) => file switch
    {
        PracticesFile => Practices(),
        NarrativeFile => Narrative(),
        _ when file.StartsWith(QuestionnaireFolder + "/", StringComparison.Ordinal) =>
            Questionnaire(QuestionnaireReader.Read(File.ReadAllText(RepoFiles.PathOf(file)))),
        _ when file.StartsWith(SampleFolder + "/", StringComparison.Ordinal) => Sample(file),
        _ when file.StartsWith(SchemaFolder + "/", StringComparison.Ordinal) => Schema(file),
        _ when file.EndsWith(".md", StringComparison.Ordinal) => Markdown(file),
        _ => throw new ArgumentException($"No reader for shipped text file {file}.", nameof(file)),
    };

    private static IEnumerable<(string Item, string Text)> Practices()
    {
        foreach (var p in GoodPracticeCatalog.Default.All)
        {
            yield return ($"practice {p.Id} title", p.Title);
            yield return ($"practice {p.Id} summary", p.Summary);
        }
    }

    private static IEnumerable<(string Item, string Text)> Narrative()
    {
        var narrative = ReportNarrative.Default;
        var intro = narrative.Introduction;
        foreach (var (part, paragraphs) in new[] { ("intercultural city", intro.InterculturalCity), ("methodology", intro.Methodology), ("reading the charts", intro.ReadingTheCharts) })
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                yield return ($"introduction, {part} {i + 1}", paragraphs[i]);
            }
        }

        foreach (var area in narrative.Areas)
        {
            yield return ($"area {area.AreaId} why it matters", area.WhyItMatters);
            yield return ($"area {area.AreaId} recommendation lead", area.RecommendationLead);
        }
    }

    private static IEnumerable<(string Item, string Text)> Questionnaire(Questionnaire q)
    {
        // Names are short labels ("Welcoming newcomers"): they are listed anyway, and a name under eight words
        // simply has no run to compare, so a long name is still caught.
        yield return ("title", q.Title);
        yield return ("description", q.Description);
        foreach (var indicator in q.Indicators)
        {
            yield return ($"indicator {indicator.Id} name", indicator.Name);
        }

        foreach (var area in q.Areas)
        {
            yield return ($"area {area.Id} name", area.Name);
            yield return ($"area {area.Id} purpose", area.Purpose);
        }

        foreach (var question in q.Questions)
        {
            yield return ($"question {question.Id} text", question.Text);
            foreach (var option in question.Options)
            {
                yield return ($"question {question.Id} option {option.Id} label", option.Label);
            }

            yield return ($"question {question.Id} achieved", question.Achieved);
            yield return ($"question {question.Id} notAchieved", question.NotAchieved);
        }
    }

    private static IEnumerable<(string Item, string Text)> Sample(string file)
    {
        // Read through the validator, so the JSON sample and its CSV twin are taken apart the same way
        // and a sample that no longer validates fails here instead of being skipped.
        var format = file.EndsWith(".csv", StringComparison.Ordinal) ? AnswerFileFormat.Csv : AnswerFileFormat.Json;
        var outcome = AnswerFileValidator.Validate(RepoFiles.Bytes(file), format, QuestionnaireCatalog.Default);
        var sheet = outcome.Sheet ?? throw new InvalidOperationException(
            $"{file} does not validate: " + string.Join("; ", outcome.Errors.Select(e => $"{e.Code} {e.Location}: {e.Message}")));

        yield return ("city notes", sheet.City.Notes ?? string.Empty);
        foreach (var group in sheet.City.MainGroups)
        {
            yield return ($"city group {group.Name}", group.Name);
        }

        foreach (var answer in sheet.Answers)
        {
            yield return ($"evidence of {answer.QuestionId}", answer.Evidence ?? string.Empty);
            yield return ($"text answer of {answer.QuestionId}", answer.Text ?? string.Empty);
        }
    }

    private static IEnumerable<(string Item, string Text)> Schema(string file)
    {
        // The schema's titles and descriptions are what editors show a city while it fills in a file.
        using var document = JsonDocument.Parse(File.ReadAllText(RepoFiles.PathOf(file)));
        var texts = new List<(string Item, string Text)>();
        Collect(document.RootElement, "$", texts);
        return texts;

        static void Collect(JsonElement element, string path, List<(string Item, string Text)> texts)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    var at = $"{path}.{property.Name}";
                    if (property.Name is "title" or "description" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        texts.Add((at, property.Value.GetString()!));
                    }
                    else
                    {
                        Collect(property.Value, at, texts);
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, $"{path}[{i++}]", texts);
                }
            }
        }
    }

    private static IEnumerable<(string Item, string Text)> Markdown(string file)
    {
        // Paragraph by paragraph (blank lines separate them), named by the line the paragraph starts on; a run
        // across a line break inside a paragraph is still one run.
        var lines = File.ReadAllLines(RepoFiles.PathOf(file));
        var start = -1;
        for (var i = 0; i <= lines.Length; i++)
        {
            var blank = i == lines.Length || string.IsNullOrWhiteSpace(lines[i]);
            if (!blank && start < 0)
            {
                start = i;
            }
            else if (blank && start >= 0)
            {
                yield return ($"paragraph at line {start + 1}", string.Join('\n', lines[start..i]));
                start = -1;
            }
        }
    }

    private static IEnumerable<string> FilesIn(string folder, string pattern) =>
        Directory.EnumerateFiles(RepoFiles.PathOf(folder), pattern).Select(Relative).Order(StringComparer.Ordinal);

    private static IEnumerable<string> MarkdownFiles()
    {
        // README.md, docs/*.md and every other page of the repository, wherever it sits.
        var options = new EnumerationOptions { RecurseSubdirectories = true }; // hidden and system entries are left out by default
        return Directory.EnumerateFiles(RepoFiles.Root, "*.md", options)
            .Select(Relative)
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.') || SkippedFolders.Contains(part)))
            .Order(StringComparer.Ordinal);
    }

    private static string Relative(string path) => Path.GetRelativePath(RepoFiles.Root, path).Replace('\\', '/');
}
