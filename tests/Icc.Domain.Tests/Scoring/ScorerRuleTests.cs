using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;

namespace Icc.Domain.Tests.Scoring;

public sealed class ScorerRuleTests
{
    private static readonly Questionnaire Definition = QuestionnaireCatalog.Default.Get("icc-2019");

    private static Scorecard ScoreWith(params Answer[] changes) =>
        Scorer.Score(Definition, changes.Aggregate(RandomSheets.AllAchieved(Definition), RandomSheets.Replace));

    [Fact]
    public void MultipleChoice_OptionsAboveTheCap_EarnNoMoreThanTheCap()
    {
        // COM-05's options add up to 7 but the cap is 6: ticking all earns 6.
        var card = ScoreWith(Answer.Choice("COM-05", "e", "official-communication", "dedicated-webpage", "general-pages"));
        var question = card.Questions.Single(q => q.QuestionId == "COM-05");
        Assert.Equal(6m, question.Earned);
        Assert.Equal(Achievement.Achieved, question.Achievement);
    }

    [Fact]
    public void PartialOption_EarnsItsPoints_AndTheRateIsTruncated()
    {
        // MED-01 "other-provider" earns 4 of 6: mediation falls to 13/15 = 86.67, printed 86 (truncated, not rounded).
        var card = ScoreWith(Answer.Choice("MED-01", "e", "other-provider"));
        var mediation = card.Area("mediation-and-conflict-resolution");
        Assert.Equal(86, mediation.Rate);
        Assert.Equal(13m, mediation.Original.Earned);
        Assert.Equal(15m, mediation.Original.Possible);
        Assert.Equal(Achievement.Partly, card.Questions.Single(q => q.QuestionId == "MED-01").Achievement);
    }

    [Fact]
    public void ExtendedOnlyQuestion_NotAchieved_LowersOnlyTheExtendedRate()
    {
        // BUS-04 counts only in the extended index: failing it leaves the original rate at 100.
        var card = ScoreWith(Answer.Choice("BUS-04", null, "no"));
        var business = card.Area("business-and-labour-market");
        Assert.Equal(100, business.Rate);
        Assert.Equal(50, business.ExtendedRate);
        Assert.True(business.DiffersInExtended);
        Assert.Equal(100, card.Index);
    }

    [Fact]
    public void AreaWithSameQuestionsInBothIndexes_IsNotFootnoted()
    {
        // Commitment has the same questions in both indexes, so the report gives no footnote for it.
        var card = ScoreWith();
        Assert.False(card.Area("commitment").DiffersInExtended);
        Assert.Null(card.Area("anti-discrimination").Rate);
    }

    [Fact]
    public void UnansweredMandatoryQuestion_OnAnUnvalidatedSheet_CountsAsNotAchieved()
    {
        // Scoring never skips a mandatory question: missing means 0 of its points.
        var sheet = RandomSheets.AllAchieved(Definition);
        sheet = sheet with { Answers = sheet.Answers.Where(a => a.QuestionId != "WEL-01").ToList() };
        var welcoming = Scorer.Score(Definition, sheet).Area("welcoming-newcomers");
        Assert.Equal(14m, welcoming.Original.Earned);
        Assert.Equal(20m, welcoming.Original.Possible);
        Assert.Equal(70, welcoming.Rate);
    }

    [Fact]
    public void Lens_IsTheMeanOfItsSixUnroundedAreaRates()
    {
        // Public space at 16/25 (64) and the other five areas at 100 give a lens of 564 / 6 = 94.
        var card = ScoreWith(Answer.Choice("PSP-02", "e", "some"), Answer.Choice("PSP-01", null, "no"));
        Assert.Equal(64, card.Area("public-space").Rate);
        Assert.Equal(94, card.Lens);
    }
}
