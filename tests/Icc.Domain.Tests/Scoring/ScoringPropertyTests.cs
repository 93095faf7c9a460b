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
        // Improving one answer to full points never lowers an area rate, the lens or an index.
        var scored = Definition.Questions.Where(q => q.IsScored).ToList();
        Gen.Select(RandomSheets.For(Definition), Gen.Int[0, scored.Count - 1]).Sample((sheet, index) =>
        {
            var before = Scorer.Score(Definition, sheet);
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
}
