using System.Text.Json.Nodes;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Tests.Questionnaires.Fixtures;

/// <summary>
/// A test-only second questionnaire version, made from icc-2019 the way a real revision would be: it adds
/// COM-10, drops MDC-06 and re-weights COM-03 (the funded plan is worth 10 points instead of 8).
/// </summary>
internal static class TestVersions
{
    public const string V2Id = "icc-test-v2";

    public static JsonObject Icc2019Json()
    {
        using var stream = typeof(QuestionnaireCatalog).Assembly.GetManifestResourceStream("Icc.Domain.Questionnaires.icc-2019.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    public static JsonObject V2Json()
    {
        var definition = Icc2019Json();
        definition["id"] = V2Id;
        definition["title"] = "Test revision of the ICC questionnaire";
        var questions = definition["questions"]!.AsArray();
        questions.Remove(questions.Single(q => (string)q!["id"]! == "MDC-06"));
        questions.Single(q => (string)q!["id"]! == "COM-03")!["options"]![0]!["points"] = 10;
        var com01 = questions.Single(q => (string)q!["id"]! == "COM-01")!.DeepClone();
        com01["id"] = "COM-10";
        com01["text"] = "Does the city report every year on its intercultural strategy?";
        questions.Insert(9, com01);
        return definition;
    }

    public static Questionnaire V2() => QuestionnaireReader.Read(V2Json().ToJsonString());

    /// <summary>icc-2019 and the test revision, with the revision current.</summary>
    public static QuestionnaireCatalog Catalog() =>
        new([QuestionnaireCatalog.Default.Get("icc-2019"), V2()], V2Id);
}
