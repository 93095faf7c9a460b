using Icc.Domain.Answers;

namespace Icc.Domain.Tests.Answers;

public class AnswerDiffTests
{
    private static readonly CityProfile City = new("Testville", "Nowhere", null, 2024, 150_000, 12.5m, null, [], null, null);

    private static AnswerSheet Sheet(params Answer[] answers) => new("icc-2019", City, answers);

    [Fact]
    public void Between_IdenticalSheets_NoChanges()
    {
        // The same answers twice: nothing to show the reviewer.
        var sheet = Sheet(Answer.Choice("COM-01", "ev", "yes"), Answer.Numeric("EDU-06", 6.18m), Answer.FreeText("COM-09", "plan"));

        Assert.Empty(AnswerDiff.Between(sheet, sheet with { Answers = [.. sheet.Answers] }));
    }

    [Fact]
    public void Between_ChangedOption_ReportsBeforeAndAfter()
    {
        // A single choice moved from "no" to "yes".
        var changes = AnswerDiff.Between(Sheet(Answer.Choice("COM-01", "ev", "no")), Sheet(Answer.Choice("COM-01", "ev", "yes")));

        var change = Assert.Single(changes);
        Assert.Equal("COM-01", change.QuestionId);
        Assert.Equal(["no"], change.Before!.Options);
        Assert.Equal(["yes"], change.After!.Options);
        Assert.True(change.ValueChanged);
        Assert.False(change.EvidenceChanged);
    }

    [Fact]
    public void Between_SameOptionsInOtherOrder_NoChange()
    {
        // Multiple choice is a set: reordering the options changes nothing.
        var changes = AnswerDiff.Between(
            Sheet(Answer.Choice("LNG-02", null, "curriculum", "mother-tongue")),
            Sheet(Answer.Choice("LNG-02", null, "mother-tongue", "curriculum")));

        Assert.Empty(changes);
    }

    [Fact]
    public void Between_NumberWithTrailingZero_NoChange()
    {
        // 6.10 and 6.1 are the same number.
        Assert.Empty(AnswerDiff.Between(Sheet(Answer.Numeric("EDU-06", 6.10m)), Sheet(Answer.Numeric("EDU-06", 6.1m))));
    }

    [Fact]
    public void Between_ChangedNumberAndText_ReportsBoth()
    {
        // A number and a text answer both changed.
        var changes = AnswerDiff.Between(
            Sheet(Answer.Numeric("EDU-06", 6m), Answer.FreeText("COM-09", "old")),
            Sheet(Answer.Numeric("EDU-06", 7m), Answer.FreeText("COM-09", "new")));

        Assert.Equal(["EDU-06", "COM-09"], changes.Select(c => c.QuestionId));
        Assert.Equal(6m, changes[0].Before!.Number);
        Assert.Equal(7m, changes[0].After!.Number);
        Assert.Equal("old", changes[1].Before!.Text);
        Assert.Equal("new", changes[1].After!.Text);
    }

    [Fact]
    public void Between_EvidenceOnly_ValueUnchangedEvidenceChanged()
    {
        // The city only rewrote its evidence.
        var change = Assert.Single(AnswerDiff.Between(
            Sheet(Answer.Choice("COM-01", "short", "yes")),
            Sheet(Answer.Choice("COM-01", "longer account", "yes"))));

        Assert.False(change.ValueChanged);
        Assert.True(change.EvidenceChanged);
    }

    [Fact]
    public void Between_EmptyAndMissingEvidence_NoChange()
    {
        // An empty evidence and no evidence both say nothing.
        Assert.Empty(AnswerDiff.Between(Sheet(Answer.Choice("COM-01", null, "yes")), Sheet(Answer.Choice("COM-01", string.Empty, "yes"))));
    }

    [Fact]
    public void Between_AddedAndRemovedQuestions_ReportedWithNullSide()
    {
        // A question answered only later, and one answered only earlier.
        var changes = AnswerDiff.Between(
            Sheet(Answer.Choice("COM-01", null, "yes"), Answer.Choice("COM-02", "ev", "no")),
            Sheet(Answer.Choice("COM-01", null, "yes"), Answer.Choice("COM-03", null, "yes")));

        Assert.Equal(["COM-03", "COM-02"], changes.Select(c => c.QuestionId));
        Assert.Null(changes[0].Before);
        Assert.NotNull(changes[0].After);
        Assert.True(changes[0].ValueChanged);
        Assert.NotNull(changes[1].Before);
        Assert.Null(changes[1].After);
        Assert.True(changes[1].EvidenceChanged);
    }
}
