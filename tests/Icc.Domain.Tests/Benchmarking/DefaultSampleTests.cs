using System.Text;
using Icc.Domain.Answers;
using Icc.Domain.Answers.Writing;
using Icc.Domain.Benchmarking;
using Icc.Domain.Benchmarking.Sample;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Benchmarking;

public sealed class DefaultSampleTests
{
    private static readonly Questionnaire Icc2019 = QuestionnaireCatalog.Default.Find("icc-2019")!;

    private static IReadOnlyList<SampleCity> Cities => DefaultSample.Cities;

    private static BenchmarkSnapshot Snapshot { get; } = BenchmarkCalculator.Compute([.. Cities.Select(c => c.Entry)], DefaultSample.Version, DefaultSample.Date);

    private static BenchmarkEntry Asan => Cities[0].Entry;

    [Fact]
    public void DefaultSample_Counts_MatchThePublishedSample()
    {
        // 129 cities with Asan; 35 under 500 000; 41 over 10 % foreign-born; 48 answering the new indicators.
        var entries = Cities.Select(c => c.Entry).ToList();
        Assert.Equal(129, entries.Count);
        Assert.Equal("asan", entries[0].CityId);
        Assert.False(entries[0].Synthetic);
        Assert.Equal(128, entries.Count(e => e.Synthetic));
        Assert.Equal(35, entries.Count(e => e.Population < 500_000));
        Assert.Equal(41, entries.Count(e => e.ForeignBornShare > 10));
        Assert.Equal(48, entries.Count(e => e.AnsweredNewIndicators));
        Assert.Equal(129, entries.Select(e => e.CityId).Distinct().Count());
    }

    [Fact]
    public void DefaultSample_SyntheticCities_AreLabelledSynthetic()
    {
        // A generated city can never be mistaken for a real one: its id, name and country say so.
        foreach (var city in Cities.Skip(1))
        {
            Assert.StartsWith("synthetic-", city.CityId, StringComparison.Ordinal);
            Assert.StartsWith("Synthetic city ", city.Sheet.City.Name, StringComparison.Ordinal);
            Assert.Contains("Synthetic", city.Sheet.City.Country, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DefaultSample_BandsAndNewIndicators_AreSpreadOverTheBands()
    {
        // Every population band and foreign-born band has enough cities to be compared with (5 or more).
        foreach (var group in Snapshot.Groups)
        {
            Assert.False(group.TooSmall, $"{group.Id} has only {group.Size} cities");
        }
    }

    [Fact]
    public void DefaultSample_AreaRates_PrintAsThePublishedSampleRates()
    {
        // Each area's sample rate over the whole sample, printed as the report prints rates, is the published one.
        var all = Snapshot.Group("all");
        foreach (var (area, rate) in PublishedSample.Rates)
        {
            Assert.Equal(rate, Rounding.Truncate(all.Figures[Figures.Rate(area)].Mean));
        }

        Assert.Equal(63, Rounding.Truncate(all.Figures[Figures.Lens].Mean));
    }

    [Fact]
    public void DefaultSample_ExtendedRates_PrintAsThePublishedOnesOverTheNewIndicatorSample()
    {
        // Extended figures are compared with the cities that answered the new indicators.
        var sample = Snapshot.Group("new-indicators");
        Assert.Equal(48, sample.Size);
        foreach (var (area, rate) in PublishedSample.ExtendedRates)
        {
            Assert.Equal(rate, Rounding.Truncate(sample.Figures[Figures.Extended(area)].Mean));
        }
    }

    [Theory]
    [InlineData("rate:public-services", "all", 1, 0)]
    [InlineData("rate:business-and-labour-market", "all", 1, 0)]
    [InlineData("extended-rate:participation", "new-indicators", 2, 0)]
    public void DefaultSample_AsanPositions_AreThePublishedOnes(string figure, string group, int rank, int tiedWith)
    {
        // "Number one in the sample" (alone) and "second highest" hold for Asan in the embedded sample.
        var position = BenchmarkCalculator.PositionOf(Cities.Select(c => c.Entry), Asan, ComparisonGroup.Standard.Single(g => g.Id == group), figure)!;
        Assert.Equal(rank, position.Rank);
        Assert.Equal(tiedWith, position.TiedWith);
    }

    [Theory]
    [InlineData("rate:cultural-and-social-life", "all", 3)]
    [InlineData("extended-rate:anti-discrimination", "new-indicators", 2)]
    [InlineData("extended-rate:interaction", "new-indicators", 2)]
    public void DefaultSample_AsanSharedTops_HaveSeveralOtherCities(string figure, string group, int atLeast)
    {
        // "Together with several other cities" and "among the highest": first, tied with others.
        var position = BenchmarkCalculator.PositionOf(Cities.Select(c => c.Entry), Asan, ComparisonGroup.Standard.Single(g => g.Id == group), figure)!;
        Assert.Equal(1, position.Rank);
        Assert.True(position.TiedWith >= atLeast, $"tied with {position.TiedWith}");
    }

    [Fact]
    public void DefaultSample_SyntheticAnswers_AreValidAnswerFilesThatScoreTheSame()
    {
        // Each generated city, written as an answer file, passes validation and scores exactly as generated.
        foreach (var city in Cities.Skip(1))
        {
            var file = Encoding.UTF8.GetBytes(JsonAnswerFileWriter.Write(city.Sheet, Icc2019));
            var outcome = AnswerFileValidator.Validate(file, AnswerFileFormat.Json, QuestionnaireCatalog.Default);
            Assert.True(outcome.Sheet is not null, $"{city.CityId}: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
            Assert.Equal(city.Card, Scorer.Score(Icc2019, outcome.Sheet!), ScorecardComparer.Instance);
        }
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameCities()
    {
        // The generator is deterministic: a second run with the committed seed gives identical answers.
        var again = SyntheticSampleGenerator.Generate(Icc2019, DefaultSample.Reference(Icc2019), DefaultSample.Seed);
        Assert.Equal(
            Cities.Skip(1).Select(c => JsonAnswerFileWriter.Write(c.Sheet, Icc2019)),
            again.Select(c => JsonAnswerFileWriter.Write(c.Sheet, Icc2019)));
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherCitiesWithTheSameFigures()
    {
        // The published figures come from the tuning, not from a lucky seed.
        var other = SyntheticSampleGenerator.Generate(Icc2019, DefaultSample.Reference(Icc2019), 7);
        var snapshot = BenchmarkCalculator.Compute([Asan, .. other.Select(c => c.Entry)], "other", DefaultSample.Date);
        Assert.NotEqual(JsonAnswerFileWriter.Write(other[0].Sheet, Icc2019), JsonAnswerFileWriter.Write(Cities[1].Sheet, Icc2019));
        foreach (var (area, rate) in PublishedSample.Rates)
        {
            Assert.Equal(rate, Rounding.Truncate(snapshot.Group("all").Figures[Figures.Rate(area)].Mean));
        }
    }

    private sealed class ScorecardComparer : IEqualityComparer<Scorecard>
    {
        public static readonly ScorecardComparer Instance = new();

        public bool Equals(Scorecard? x, Scorecard? y) =>
            x is not null && y is not null && x.Index == y.Index && x.ExtendedIndex == y.ExtendedIndex && x.Areas.SequenceEqual(y.Areas);

        public int GetHashCode(Scorecard obj) => obj.Index ?? 0;
    }
}
