using System.Text;
using System.Text.Json.Nodes;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Validation;

public sealed class WarningTests
{
    private static ValidationOutcome Validate(JsonNode sample) =>
        AnswerFileValidator.Validate(Encoding.UTF8.GetBytes(sample.ToJsonString()), AnswerFileFormat.Json, QuestionnaireCatalog.Default);

    private static JsonNode Sample() => JsonNode.Parse(RepoFiles.Bytes("samples/asan-2024.json"))!;

    [Fact]
    public void OptionalQuestionLeftOut_Validated_IsAWarningThatSaysWhatToDo()
    {
        // Dropping the optional EDU-06 keeps the file valid and warns once, at /answers, saying to add an answer.
        var sample = Sample();
        var answers = sample["answers"]!.AsArray();
        answers.Remove(answers.Single(a => (string)a!["question"]! == "EDU-06"));

        var outcome = Validate(sample);

        Assert.True(outcome.IsValid);
        var warning = Assert.Single(outcome.Warnings, w => w.QuestionId == "EDU-06");
        Assert.Equal(IssueCodes.MissingOptional, warning.Code);
        Assert.Equal("/answers", warning.Location.Pointer);
        Assert.Contains("Add an answer", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MandatoryQuestionLeftOut_Validated_IsAnErrorNotAnOptionalWarning()
    {
        // The warning is only for optional questions: a mandatory one left out is an error.
        var sample = Sample();
        sample["answers"]!.AsArray().RemoveAt(0);

        var outcome = Validate(sample);

        Assert.Equal(IssueCodes.MissingMandatory, Assert.Single(outcome.Errors).Code);
        Assert.DoesNotContain(outcome.Warnings, w => w.QuestionId == "COM-01");
    }

    [Fact]
    public void AchievedItemWithoutEvidence_Validated_WarnsAtTheEvidence()
    {
        // COM-01 answered "yes" with its evidence removed is still valid, with an evidence-missing warning.
        var sample = Sample();
        sample["answers"]![0]!.AsObject().Remove("evidence");

        var outcome = Validate(sample);

        Assert.True(outcome.IsValid);
        var warning = Assert.Single(outcome.Warnings, w => w.Code == IssueCodes.EvidenceMissing);
        Assert.Equal("COM-01", warning.QuestionId);
        Assert.Equal("/answers/0/evidence", warning.Location.Pointer);
    }

    [Fact]
    public void NotAchievedItemWithoutEvidence_Validated_HasNoEvidenceWarning()
    {
        // A "no" needs no evidence: NBH-04 is answered "no" without any and gets no warning.
        var outcome = Validate(Sample());
        Assert.DoesNotContain(outcome.Warnings, w => w.Code == IssueCodes.EvidenceMissing);
        Assert.Null(Sample()["answers"]!.AsArray().Single(a => (string)a!["question"]! == "NBH-04")!["evidence"]);
    }
}
