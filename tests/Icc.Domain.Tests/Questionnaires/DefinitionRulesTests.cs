using System.Text.Json.Nodes;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Tests.Questionnaires;

public sealed class DefinitionRulesTests
{
    private static JsonObject ValidDefinition()
    {
        using var stream = typeof(QuestionnaireCatalog).Assembly
            .GetManifestResourceStream("Icc.Domain.Questionnaires.icc-2019.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static string Problems(JsonObject definition)
    {
        var ex = Assert.Throws<QuestionnaireDefinitionException>(() => QuestionnaireReader.Read(definition.ToJsonString()));
        return string.Join("\n", ex.Problems);
    }

    [Fact]
    public void Read_ShippedDefinition_Succeeds()
    {
        // The shipped definition keeps every rule.
        Assert.Equal("icc-2019", QuestionnaireReader.Read(ValidDefinition().ToJsonString()).Id);
    }

    [Fact]
    public void Read_DuplicateQuestionId_IsRejected()
    {
        // Two questions with one id would make answers ambiguous.
        var definition = ValidDefinition();
        definition["questions"]![1]!["id"] = "COM-01";
        Assert.Contains("question id 'COM-01' is used 2 times", Problems(definition));
    }

    [Fact]
    public void Read_NegativePoints_AreRejected()
    {
        // Points are never negative.
        var definition = ValidDefinition();
        definition["questions"]![0]!["options"]![0]!["points"] = -1;
        Assert.Contains("negative points", Problems(definition));
    }

    [Fact]
    public void Read_QuestionInUnknownArea_IsRejected()
    {
        // Every question must score in an existing area.
        var definition = ValidDefinition();
        definition["questions"]![0]!["areaId"] = "nowhere";
        Assert.Contains("names area 'nowhere'", Problems(definition));
    }

    [Fact]
    public void Read_AreaWithoutScoredQuestions_IsRejected()
    {
        // Every area must be scored, or its rate would be undefined.
        var definition = ValidDefinition();
        var questions = definition["questions"]!.AsArray();
        foreach (var question in questions.Where(q => (string?)q!["areaId"] == "interaction").ToList())
        {
            questions.Remove(question);
        }

        Assert.Contains("area 'interaction' has no scored question", Problems(definition));
    }

    [Fact]
    public void Read_MultipleChoiceWithoutCap_IsRejected()
    {
        // A multiple-choice question publishes its cap so scores can be recomputed by hand.
        var definition = ValidDefinition();
        var multi = definition["questions"]!.AsArray().First(q => (string?)q!["type"] == "multipleChoice")!.AsObject();
        multi.Remove("cap");
        Assert.Contains("needs a positive cap", Problems(definition));
    }

    [Fact]
    public void Read_ExtendedAreaWithOriginalQuestion_IsRejected()
    {
        // Areas new in 2019 cannot have questions counting in the original index.
        var definition = ValidDefinition();
        definition["questions"]!.AsArray().First(q => (string?)q!["areaId"] == "anti-discrimination")!["scope"] = "both";
        Assert.Contains("extended-only area", Problems(definition));
    }

    [Fact]
    public void Read_NotJson_IsRejectedWithAClearMessage()
    {
        // A broken definition file fails loudly at start, never half-loaded.
        var ex = Assert.Throws<QuestionnaireDefinitionException>(() => QuestionnaireReader.Read("{ not json"));
        Assert.Contains("not valid definition JSON", ex.Message);
    }
}
