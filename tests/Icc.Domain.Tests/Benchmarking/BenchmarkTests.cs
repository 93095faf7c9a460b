using Icc.Domain.Benchmarking;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;
using Icc.Domain.Tests.Scoring;

namespace Icc.Domain.Tests.Benchmarking;

public sealed class BenchmarkTests
{
    private static readonly DateTimeOffset At = new(2024, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private static BenchmarkEntry City(string id, long population, decimal foreignBorn, decimal index, bool newIndicators = false)
    {
        var figures = new Dictionary<string, decimal> { [Figures.Index] = index, [Figures.Rate("commitment")] = index };
        if (newIndicators)
        {
            figures[Figures.Extended("participation")] = index;
        }

        return new BenchmarkEntry(id, id, Synthetic: false, population, foreignBorn, figures);
    }

    [Theory]
    [InlineData(99_999, "under-100k")]
    [InlineData(100_000, "100k-200k")]
    [InlineData(199_999, "100k-200k")]
    [InlineData(200_000, "200k-500k")]
    [InlineData(500_000, "over-500k")]
    [InlineData(389_354, "200k-500k")]
    public void PopulationBand_AtTheEdges_IncludesItsLowerEdge(long population, string band)
    {
        // Each band includes its lower edge and excludes its upper edge.
        Assert.Equal(band, Bands.PopulationBand(population).Id);
    }

    [Theory]
    [InlineData(9.99, "under-10")]
    [InlineData(10, "10-15")]
    [InlineData(10.1, "10-15")]
    [InlineData(15, "15-20")]
    [InlineData(20, "over-20")]
    [InlineData(100, "over-20")]
    public void ForeignBornBand_AtTheEdges_IncludesItsLowerEdge(double share, string band)
    {
        // 10 % exactly is in the 10-15 % band, 20 % exactly in the top band.
        Assert.Equal(band, Bands.ForeignBornBand((decimal)share).Id);
    }

    [Fact]
    public void Statistics_KnownValues_GiveTheTextbookFigures()
    {
        // 1..9: mean 5, median 5, quartiles 3 and 7 (linear interpolation), min 1, max 9.
        var stats = Statistics.Of(Enumerable.Range(1, 9).Select(i => (decimal)i))!;
        Assert.Equal(new Statistics(9, 5, 5, 1, 9, 3, 7), stats);
        Assert.Equal(2.5m, Statistics.Of([1m, 2m, 3m, 4m])!.Median);
        Assert.Null(Statistics.Of([]));
    }

    [Fact]
    public void Position_WithTies_SharesTheRank()
    {
        // Values 100, 100, 92, 92, 80: both 100s are first (tied with one other), the 92s third, 80 fifth.
        decimal[] values = [100m, 100m, 92m, 92.7m, 80m];
        Assert.Equal(new Position(1, 5, 1), Position.Within(values, 100m));
        Assert.Equal(new Position(3, 5, 1), Position.Within(values, 92.4m));
        Assert.Equal(new Position(5, 5, 0), Position.Within(values, 80m));
        Assert.True(Position.Within(values, 100m).IsFirst);
    }

    [Fact]
    public void Snapshot_WithANewPublishedCity_ChangesByExactlyThatCity()
    {
        // Adding one city moves the whole-sample mean to (sum + x) / (n + 1) and its band's count by one.
        var cities = Enumerable.Range(0, 10).Select(i => City($"c{i}", 150_000, 12m, 50 + i)).ToList();
        var before = BenchmarkCalculator.Compute(cities, "v1", At).Group("all").Figures[Figures.Index];
        var added = City("new", 150_000, 12m, 90);
        var afterSnapshot = BenchmarkCalculator.Compute([.. cities, added], "v2", At);
        var after = afterSnapshot.Group("all").Figures[Figures.Index];

        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(((before.Mean * before.Count) + 90) / (before.Count + 1), after.Mean);
        Assert.Equal(90, after.Max);
        Assert.Equal(11, afterSnapshot.Group("population:100k-200k").Size);
        Assert.Equal(0, afterSnapshot.Group("population:over-500k").Size);
    }

    [Fact]
    public void Snapshot_SmallGroup_IsMarkedTooSmallAndHasNoStatistics()
    {
        // A band with fewer cities than the minimum is reported as too small rather than compared.
        var cities = Enumerable.Range(0, 6).Select(i => City($"c{i}", 150_000, 12m, 60)).Append(City("big", 900_000, 25m, 70)).ToList();
        var snapshot = BenchmarkCalculator.Compute(cities, "v1", At);
        var big = snapshot.Group("population:over-500k");
        Assert.True(big.TooSmall);
        Assert.Equal(1, big.Size);
        Assert.Empty(big.Figures);
        Assert.False(snapshot.Group("all").TooSmall);
    }

    [Fact]
    public void NewIndicatorGroup_HoldsOnlyCitiesThatAnsweredThem()
    {
        // The new areas are compared only with the cities that answered them.
        var cities = Enumerable.Range(0, 8).Select(i => City($"c{i}", 150_000, 12m, 60, newIndicators: i < 5)).ToList();
        var group = BenchmarkCalculator.Compute(cities, "v1", At).Group("new-indicators");
        Assert.Equal(5, group.Size);
        Assert.Equal(5, group.Figures[Figures.Extended("participation")].Count);
    }

    [Fact]
    public void Entry_FromAScorecard_CarriesUnroundedFiguresAndTheNewIndicatorFlag()
    {
        // A scored sheet gives the figures the benchmark compares, unrounded.
        var definition = QuestionnaireCatalog.Default.Current;
        var card = Scorer.Score(definition, RandomSheets.AllAchieved(definition));
        var entry = BenchmarkEntry.From("testville", RandomSheets.City, card);
        Assert.Equal(100m, entry.Figures[Figures.Index]);
        Assert.Equal(100m, entry.Figures[Figures.Lens]);
        Assert.Equal(100m, entry.Figures[Figures.ExtendedLens]);
        Assert.Equal(100m, entry.Figures[Figures.Extended("interaction")]);
        Assert.False(entry.Figures.ContainsKey(Figures.Rate("interaction")));
        Assert.True(entry.AnsweredNewIndicators);
    }
}
