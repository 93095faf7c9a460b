namespace Icc.Domain.Reporting.Wording;

/// <summary>
/// The policy choices behind the report's words, kept as settings (docs/report.md explains them).
/// </summary>
/// <param name="ConsiderableGap">
/// A city rate this many points or more above (below) the sample's reads "considerably higher (lower)";
/// a smaller gap reads "slightly". The published Asan report calls +2 slight and +20 and more considerable.
/// </param>
/// <param name="HighEndShare">A rank within this top share of a group (after the first two places) reads "among the highest".</param>
/// <param name="SuggestedPractices">Good practices suggested per area at most.</param>
public sealed record ReportRules(int ConsiderableGap = 10, double HighEndShare = 0.25, int SuggestedPractices = 2)
{
    /// <summary>The defaults.</summary>
    public static ReportRules Default { get; } = new();
}
