using Icc.Domain.Benchmarking;
using Icc.Domain.Reporting.Wording;

namespace Icc.Domain.Tests.Reporting;

public sealed class WordingTests
{
    [Theory]
    [InlineData(49, 47, "slightly higher than")]
    [InlineData(78, 68, "considerably higher than")]
    [InlineData(77, 68, "slightly higher than")]
    [InlineData(68, 68, "equal to")]
    [InlineData(60, 68, "slightly lower than")]
    [InlineData(58, 68, "considerably lower than")]
    [InlineData(33, 54, "considerably lower than")]
    public void Compare_Gap_UsesTheConfiguredThreshold(int city, int sample, string words)
    {
        // Ten points or more either way is "considerably"; less is "slightly"; none is "equal".
        Assert.Equal(words, RateWording.Compare(city, sample, ReportRules.Default));
    }

    [Fact]
    public void Compare_OtherThreshold_ChangesTheWords()
    {
        // The threshold is a setting, not a constant.
        Assert.Equal("slightly higher than", RateWording.Compare(78, 68, new ReportRules(ConsiderableGap: 15)));
    }

    [Theory]
    [InlineData(1, 129, 0, false, "is number one in the sample")]
    [InlineData(1, 129, 1, false, "shares the top rate of the sample together with one other city")]
    [InlineData(1, 129, 4, false, "shares the top rate of the sample together with several other cities")]
    [InlineData(2, 129, 0, false, "is the second highest scoring city")]
    [InlineData(20, 129, 0, false, "is among the highest scoring cities")]
    [InlineData(60, 129, 0, false, null)]
    [InlineData(120, 129, 0, false, "is among the lowest scoring cities")]
    [InlineData(1, 48, 3, true, "is among the highest scoring cities, sharing the top rate with others")]
    [InlineData(2, 48, 0, true, "is the second highest scoring city")]
    [InlineData(1, 1, 0, false, null)]
    public void Clause_Rank_GivesThePublishedKindOfWords(int rank, int of, int tied, bool newIndicators, string? clause)
    {
        // Each rank gets the words reports use for it, or nothing when the rank says little.
        Assert.Equal(clause, PositionWording.Clause(new Position(rank, of, tied), ReportRules.Default, newIndicators));
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(102, "102nd")]
    [InlineData(111, "111th")]
    public void Ordinal_Number_HasTheEnglishSuffix(int number, string ordinal)
    {
        // "positioned 21st among the 56 cities".
        Assert.Equal(ordinal, Ordinals.Of(number));
    }
}
