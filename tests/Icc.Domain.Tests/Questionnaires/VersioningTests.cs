using System.Text;
using System.Text.Json.Nodes;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;
using Icc.Domain.Tests.Questionnaires.Fixtures;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Questionnaires;

public sealed class VersioningTests
{
    private static ValidationOutcome Validate(JsonNode file, QuestionnaireCatalog catalog) =>
        AnswerFileValidator.Validate(Encoding.UTF8.GetBytes(file.ToJsonString()), AnswerFileFormat.Json, catalog);

    private static JsonNode AsanFile() => JsonNode.Parse(RepoFiles.Bytes("samples/asan-2024.json"))!;

    // The Asan answers rewritten for the test revision: MDC-06 is gone and COM-10 is new.
    private static JsonNode AsanFileForV2()
    {
        var file = AsanFile();
        file["questionnaire"] = TestVersions.V2Id;
        var answers = file["answers"]!.AsArray();
        answers.Remove(answers.Single(a => (string)a!["question"]! == "MDC-06"));
        answers.Add(new JsonObject { ["question"] = "COM-10", ["answer"] = "no" });
        return file;
    }

    [Fact]
    public void StoredIcc2019Answers_UnderACatalogWithANewerCurrentVersion_ValidateAndScoreExactlyAsBefore()
    {
        // A newer current version changes nothing for answers stored under icc-2019: Asan still scores 87 and 97.
        var catalog = TestVersions.Catalog();
        var outcome = Validate(AsanFile(), catalog);
        Assert.True(outcome.IsValid, string.Join("\n", outcome.Errors.Select(e => e.Message)));
        Assert.Equal("icc-2019", outcome.Sheet!.QuestionnaireId);

        var before = Scorer.Score(QuestionnaireCatalog.Default.Get("icc-2019"), outcome.Sheet);
        var after = Scorer.Score(catalog.Get(outcome.Sheet.QuestionnaireId), outcome.Sheet);
        AsanScores.AssertSame(before, after);
    }

    [Fact]
    public void V2Answers_Validated_UseV2Questions()
    {
        // Under the revision, COM-10 must be answered and MDC-06 no longer exists.
        var catalog = TestVersions.Catalog();
        Assert.True(Validate(AsanFileForV2(), catalog).IsValid);

        var withDropped = AsanFileForV2();
        withDropped["answers"]!.AsArray().Add(new JsonObject { ["question"] = "MDC-06", ["answer"] = "yes" });
        Assert.Equal(IssueCodes.UnknownQuestion, Assert.Single(Validate(withDropped, catalog).Errors).Code);

        var withoutNew = AsanFileForV2();
        withoutNew["answers"]!.AsArray().RemoveAt(withoutNew["answers"]!.AsArray().Count - 1);
        Assert.Equal(IssueCodes.MissingMandatory, Assert.Single(Validate(withoutNew, catalog).Errors).Code);
    }

    [Fact]
    public void V2Answers_Scored_UseV2Points()
    {
        // The re-weighted COM-03 earns 10 points under the revision and 8 under icc-2019.
        var catalog = TestVersions.Catalog();
        var sheet = Validate(AsanFileForV2(), catalog).Sheet!;
        var scorecard = Scorer.Score(catalog.Get(sheet.QuestionnaireId), sheet);
        Assert.Equal(10, scorecard.Questions.Single(q => q.QuestionId == "COM-03").Earned);
        Assert.DoesNotContain(scorecard.Questions, q => q.QuestionId == "MDC-06");
        Assert.Contains(scorecard.Questions, q => q.QuestionId == "COM-10");
        Assert.Equal(8, Scorer.Score(QuestionnaireCatalog.Default.Get("icc-2019"), Validate(AsanFile(), catalog).Sheet!).Questions.Single(q => q.QuestionId == "COM-03").Earned);
    }

    [Fact]
    public void Catalog_CurrentVersion_IsTheOneNamedNotTheLastGiven()
    {
        // "Current" is explicit: listing icc-2019 last does not make it current.
        var catalog = new QuestionnaireCatalog([TestVersions.V2(), QuestionnaireCatalog.Default.Get("icc-2019")], TestVersions.V2Id);
        Assert.Equal(TestVersions.V2Id, catalog.Current.Id);
        Assert.Equal(QuestionnaireCatalog.ShippedCurrentId, QuestionnaireCatalog.Default.Current.Id);
    }

    [Fact]
    public void Catalog_WithAnUnknownCurrentVersion_IsRefused()
    {
        // Naming a current version the catalog does not hold is a definition error.
        var ex = Assert.Throws<QuestionnaireDefinitionException>(() => new QuestionnaireCatalog([QuestionnaireCatalog.Default.Get("icc-2019")], "icc-2030"));
        Assert.Contains(ex.Problems, p => p.Contains("'icc-2030' is not among", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text", "Does the city run a festival?", "text")]
    [InlineData("areaId", "education", "area")]
    [InlineData("type", "singleChoice", "answer type")]
    public void QuestionId_ReusedWithAnotherMeaning_IsRefusedByTheCatalog(string property, string value, string changed)
    {
        // A later version may re-weight COM-01 but not turn it into another question.
        var v2 = TestVersions.V2Json();
        v2["questions"]![0]![property] = value;
        var ex = Assert.Throws<QuestionnaireDefinitionException>(() =>
            new QuestionnaireCatalog([QuestionnaireCatalog.Default.Get("icc-2019"), QuestionnaireReader.Read(v2.ToJsonString())], TestVersions.V2Id));
        Assert.Contains(ex.Problems, p => p.Contains("question COM-01 means something else", StringComparison.Ordinal) && p.Contains(changed, StringComparison.Ordinal));
    }
}
