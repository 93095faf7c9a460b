using System.Text.Json;
using System.Text.Json.Nodes;
using Icc.Domain.Answers.Schema;
using Icc.Domain.Questionnaires;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;
using Json.Schema;

namespace Icc.Domain.Tests.Schema;

public sealed class AnswerFileSchemaTests
{
    private static readonly string CommittedText = File.ReadAllText(RepoFiles.PathOf("schemas/answer-file.schema.json"));

    private static readonly JsonSchema Schema = JsonSchema.FromText(CommittedText);

    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Validation", "Corpus");

    // Strict tools refuse repeated field names, which JSON Schema itself cannot see.
    private static readonly JsonDocumentOptions StrictParsing = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    private static Questionnaire Current => QuestionnaireCatalog.Default.Current;

    /// <summary>True when the text is one JSON document that the committed schema accepts.</summary>
    private static bool Accepts(string json, out string why)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, StrictParsing);
        }
        catch (JsonException ex)
        {
            why = $"not parsed: {ex.Message}";
            return false;
        }

        using (document)
        {
            var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            why = string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));
            return result.IsValid;
        }
    }

    private static JsonNode Asan() => JsonNode.Parse(RepoFiles.Bytes("samples/asan-2024.json"))!;

    [Fact]
    public void CommittedSchema_ComparedWithTheGenerator_IsTheSame()
    {
        // schemas/answer-file.schema.json is the output of `icc schema`: regenerate it when a definition changes.
        var generated = AnswerFileSchema.Generate(QuestionnaireCatalog.Default);
        Assert.True(JsonNode.DeepEquals(generated, JsonNode.Parse(CommittedText)),
            "schemas/answer-file.schema.json is out of date: run `dotnet run --project src/Icc.Cli -- schema > schemas/answer-file.schema.json`.");
    }

    [Fact]
    public void AsanSample_CheckedAgainstSchema_IsValid()
    {
        // The published sample follows the published schema.
        Assert.True(Accepts(Asan().ToJsonString(), out var why), why);
    }

    public static TheoryData<string> JsonCorpus() =>
        [.. Directory.GetFiles(CorpusFolder, "*.json").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(JsonCorpus))]
    public void BrokenJsonFile_CheckedAgainstSchema_IsRejected(string file)
    {
        // Every broken JSON file of the validation corpus is refused by a schema validator too.
        var text = File.ReadAllText(Path.Combine(CorpusFolder, file));
        bool accepted;
        try
        {
            accepted = Accepts(text, out _);
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape cannot be read as text by the schema library either.
            accepted = false;
        }

        Assert.False(accepted, $"{file} passes the schema");
    }

    [Theory]
    [InlineData("question", "XYZ-99")]
    [InlineData("answer", "[\"yes\"]")]
    [InlineData("answer", "\"maybe\"")]
    [InlineData("answer", "[\"none\", \"other\"]")]
    [InlineData("evidence", "\"tab\\ttext\\u0001\"")]
    public void AnswerEntry_WithAnInvalidValue_IsRejected(string field, string rawValue)
    {
        // An unknown id, a list on a yes/no question, an unknown option, "none" with others and control characters fail.
        var sample = Asan();
        var entry = sample["answers"]!.AsArray().Single(a => (string)a!["question"]! == (rawValue.Contains("none", StringComparison.Ordinal) ? "COM-05" : "COM-01"))!;
        entry[field] = JsonNode.Parse(field == "question" ? $"\"{rawValue}\"" : rawValue);
        Assert.False(Accepts(sample.ToJsonString(), out _));
    }

    [Theory]
    [InlineData("population", 500_000_000)]
    [InlineData("population", 1.5)]
    [InlineData("foreignBornShare", 101)]
    [InlineData("gdpPerCapitaEur", 20_000_000)]
    [InlineData("year", 1989)]
    public void Profile_OutsideTheValidatorsLimits_IsRejected(string field, double value)
    {
        // The schema's profile limits are the validator's, read from the same definition.
        var sample = Asan();
        sample["city"]![field] = value;
        Assert.False(Accepts(sample.ToJsonString(), out _));
        Assert.False(AnswerFileValidator.Validate(System.Text.Encoding.UTF8.GetBytes(sample.ToJsonString()), Icc.Domain.Answers.AnswerFileFormat.Json, QuestionnaireCatalog.Default).IsValid);
    }

    [Fact]
    public void TextAnswer_OverTheValidatorsLimit_IsRejected()
    {
        // Text answers stop at 4 000 characters in both.
        var text = Current.Questions.First(q => q.Type == AnswerType.Text);
        var sample = Asan();
        sample["answers"]!.AsArray().Add(new JsonObject { ["question"] = text.Id, ["answer"] = new string('x', AnswerFileLimits.MaxTextAnswerChars) });
        Assert.True(Accepts(sample.ToJsonString(), out var why), why);
        sample["answers"]!.AsArray()[^1]!["answer"] = new string('x', AnswerFileLimits.MaxTextAnswerChars + 1);
        Assert.False(Accepts(sample.ToJsonString(), out _));
    }

    [Fact]
    public void SchemaQuestionnaireIds_ComparedWithCatalog_AreTheSame()
    {
        // A new questionnaire version reaches the schema through the generator.
        var ids = JsonNode.Parse(CommittedText)!["properties"]!["questionnaire"]!["enum"]!.AsArray().Select(n => (string)n!).Order();
        Assert.Equal(QuestionnaireCatalog.Default.Ids.Order(), ids);
    }
}
