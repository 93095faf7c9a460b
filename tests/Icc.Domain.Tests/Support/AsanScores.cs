using Icc.Domain.Scoring;

namespace Icc.Domain.Tests.Support;

/// <summary>The check that a scorecard is the published Asan one, point for point.</summary>
internal static class AsanScores
{
    /// <summary>Asserts the published index and lens, and every area and question score equal to <paramref name="expected"/>.</summary>
    public static void AssertSame(Scorecard expected, Scorecard actual)
    {
        Assert.Equal(87, actual.Index);
        Assert.Equal(97, actual.Lens);
        Assert.Equal(expected.Areas, actual.Areas);
        Assert.Equal(expected.Questions, actual.Questions);
    }
}
