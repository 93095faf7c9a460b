using CsCheck;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;

namespace Icc.Domain.Tests.Scoring;

public sealed class ScoringPropertyTests
{
    private static readonly Questionnaire Definition = QuestionnaireCatalog.Default.Get("icc-2019");

    private static IEnumerable<int?> AllRates(Scorecard card) =>
        card.Areas.SelectMany(a => new[] { a.Rate, a.ExtendedRate })
            .Concat([card.Index, card.ExtendedIndex, card.Lens, card.ExtendedLens]);

    [Fact]
    public void Score_AnyValidSheet_EveryRateIsWithin0To100()
    {
        // Whatever a city answers, no rate leaves 0..100.
        RandomSheets.For(Definition).Sample(sheet =>
        {
            var card = Scorer.Score(Definition, sheet);
            Assert.All(AllRates(card).OfType<int>(), rate => Assert.InRange(rate, 0, 100));
        });
    }

    [Fact]
    public void Score_EveryItemAchieved_Is100Everywhere()
    {
        // A sheet that achieves everything scores 100 in every area, the lens and both indexes.
        var card = Scorer.Score(Definition, RandomSheets.AllAchieved(Definition));
        Assert.All(AllRates(card), rate => Assert.Equal(100, rate ?? 100));
        Assert.Equal(100, card.Index);
        Assert.Equal(100, card.ExtendedIndex);
        Assert.Equal(17, card.Areas.Count(a => a.ExtendedRate == 100));
        Assert.Equal(14, card.Areas.Count(a => a.Rate == 100));
    }

    [Fact]
    public void Score_NothingAchieved_Is0Everywhere()
    {
        // A sheet that achieves nothing scores 0 in every area, the lens and both indexes.
        var card = Scorer.Score(Definition, RandomSheets.NoneAchieved(Definition));
        Assert.All(AllRates(card), rate => Assert.Equal(0, rate ?? 0));
        Assert.Equal(0, card.Index);
        Assert.Equal(0, card.ExtendedIndex);
        Assert.Equal(17, card.Areas.Count(a => a.ExtendedRate == 0));
    }

    [Fact]
    public void Score_OneAnswerTurnedToAchieved_NeverLowersAnyRate()
    {
        // Improving one counted answer to full points (an answer, or a blank of a chapter the city takes part
        // in) never lowers an area rate, the lens or an index. Opting into a blank chapter is not an improvement
        // of an answer: it adds a rate, covered by Score_OptionalChapter_* below.
        var scored = Definition.Questions.Where(q => q.IsScored).ToList();
        Gen.Select(RandomSheets.For(Definition), Gen.Int[0, scored.Count - 1]).Sample((sheet, index) =>
        {
            var before = Scorer.Score(Definition, sheet);
            if (!before.Questions.Single(q => q.QuestionId == scored[index].Id).InExtended)
            {
                return;
            }

            var after = Scorer.Score(Definition, RandomSheets.Replace(sheet, RandomSheets.Best(scored[index])));
            foreach (var (old, improved) in AllRates(before).Zip(AllRates(after)))
            {
                if (old is int oldRate)
                {
                    Assert.True(improved >= oldRate, $"{scored[index].Id}: {oldRate} fell to {improved}");
                }
            }
        });
    }

    [Fact]
    public void Score_SkippedOptionalChapter_LeavesItOutOfTheExtendedIndex()
    {
        // An optional chapter nobody answered has no rate and does not drag the extended index down.
        var full = RandomSheets.AllAchieved(Definition);
        var withoutParticipation = full with { Answers = full.Answers.Where(a => !a.QuestionId.StartsWith("PAR-")).ToList() };
        var card = Scorer.Score(Definition, withoutParticipation);
        Assert.Null(card.Area("participation").ExtendedRate);
        Assert.Equal(100, card.ExtendedIndex);
    }

    [Fact]
    public void Score_OptionalChapterQuestionLeftBlank_ScoresTheSameAsNo()
    {
        // Once a city answers one participation question, a blank one earns 0 like "no": skipping never pays.
        var full = RandomSheets.AllAchieved(Definition);
        var blank = full with { Answers = full.Answers.Where(a => a.QuestionId != "PAR-02").ToList() };
        var no = RandomSheets.Replace(full, Icc.Domain.Answers.Answer.Choice("PAR-02", null, "no"));

        var blankCard = Scorer.Score(Definition, blank);
        var noCard = Scorer.Score(Definition, no);

        Assert.Equal(noCard.Area("participation").Extended, blankCard.Area("participation").Extended);
        Assert.Equal(noCard.ExtendedIndex, blankCard.ExtendedIndex);
        Assert.True(blankCard.Area("participation").ExtendedRate < 100);
        Assert.Equal(Achievement.NotAchieved, blankCard.Questions.Single(q => q.QuestionId == "PAR-02").Achievement);
    }

    [Fact]
    public void Score_OptionalChapterWithOneAnswer_CountsEveryScoredQuestionOfIt()
    {
        // Answering only IAC-01 ("yes", 4 points) rates interaction over all three questions: 4 of 12, 33.
        var full = RandomSheets.AllAchieved(Definition);
        var oneAnswer = full with { Answers = full.Answers.Where(a => !a.QuestionId.StartsWith("IAC-", StringComparison.Ordinal) || a.QuestionId == "IAC-01").ToList() };
        var interaction = Scorer.Score(Definition, oneAnswer).Area("interaction");
        Assert.Equal(4m, interaction.Extended.Earned);
        Assert.Equal(12m, interaction.Extended.Possible);
        Assert.Equal(33, interaction.ExtendedRate);
    }

    [Fact]
    public void Score_AnySheet_BlankInATakenPartChapterNeverBeatsAnAnswer()
    {
        // For random sheets, blanking any answered optional scored question never raises any rate.
        var optional = Definition.Questions.Where(q => q.IsScored && !q.Mandatory).ToList();
        Gen.Select(RandomSheets.For(Definition), Gen.Int[0, optional.Count - 1]).Sample((sheet, index) =>
        {
            var question = optional[index];
            var others = Definition.QuestionsOf(question.AreaId).Where(q => q.Id != question.Id).Any(q => sheet.Find(q.Id) is not null);
            if (sheet.Find(question.Id) is null || !others)
            {
                return;
            }

            var answered = Scorer.Score(Definition, sheet);
            var blanked = Scorer.Score(Definition, sheet with { Answers = sheet.Answers.Where(a => a.QuestionId != question.Id).ToList() });
            foreach (var (withAnswer, withBlank) in AllRates(answered).Zip(AllRates(blanked)))
            {
                Assert.Equal(withAnswer is null, withBlank is null);
                Assert.True((withBlank ?? 0) <= (withAnswer ?? 0), $"{question.Id}: blank gave {withBlank}, the answer {withAnswer}");
            }
        });
    }
}
