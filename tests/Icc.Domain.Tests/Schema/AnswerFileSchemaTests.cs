using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Icc.Domain.Questionnaires;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;
using Json.Schema;

namespace Icc.Domain.Tests.Schema;

public sealed class AnswerFileSchemaTests
{
    private static readonly JsonObject SchemaJson = JsonNode.Parse(File.ReadAllText(RepoFiles.PathOf("schemas/answer-file.schema.json")))!.AsObject();

    private static JsonNode Node(string path) => path.Split('/').Aggregate((JsonNode)SchemaJson, (node, key) => node[key]!);

    [Fact]
    public void AsanSample_CheckedAgainstSchema_IsValid()
    {
        // The published sample follows the published schema.
        var schema = JsonSchema.FromText(SchemaJson.ToJsonString());
        using var sample = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepoFiles.PathOf("samples/asan-2024.json")));
        var result = schema.Evaluate(sample.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void SchemaQuestionnaireIds_ComparedWithCatalog_AreTheSame()
    {
        // A new questionnaire version must be added to the schema too.
        var ids = Node("properties/questionnaire/enum").AsArray().Select(n => (string)n!).Order();
        Assert.Equal(QuestionnaireCatalog.Default.Ids.Order(), ids);
    }

    [Fact]
    public void SchemaQuestionPattern_EveryDefinedQuestion_IsAccepted()
    {
        // The schema accepts every question id of every known questionnaire.
        var pattern = new Regex((string)Node("properties/answers/items/properties/question/pattern")!);
        var ids = QuestionnaireCatalog.Default.Ids.SelectMany(id => QuestionnaireCatalog.Default.Get(id).Questions).Select(q => q.Id);
        Assert.All(ids, id => Assert.Matches(pattern, id));
    }

    [Fact]
    public void SchemaLimits_ComparedWithValidator_AreTheSame()
    {
        // The schema states the same limits the validator enforces.
        Assert.Equal(AnswerFileLimits.MaxEvidenceChars, (int)Node("properties/answers/items/properties/evidence/maxLength"));
        Assert.Equal(AnswerFileLimits.MaxAnswers, (int)Node("properties/answers/maxItems"));
        Assert.Equal(QuestionnaireCatalog.Default.Current.Profile.Find("notes")!.MaxLength, (int)Node("properties/city/properties/notes/maxLength"));
    }

    [Fact]
    public void SchemaRequiredProfileFields_ComparedWithValidator_AreTheSame()
    {
        // The profile fields the schema requires are the ones validation requires.
        var required = Node("properties/city/required").AsArray().Select(n => (string)n!);
        Assert.Equal(Icc.Domain.Answers.CityProfileFields.Required.Order(), required.Order());
    }
}
