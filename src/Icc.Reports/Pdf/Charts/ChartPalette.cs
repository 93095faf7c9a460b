using Icc.Domain.Reporting.Document;
using ScottPlot;

namespace Icc.Reports.Pdf.Charts;

/// <summary>
/// Bar colours: the city in the report's accent blue, the whole sample in a mid grey, comparison groups
/// in muted secondary tones, so the city's bar is the one the eye finds first.
/// </summary>
internal static class ChartPalette
{
    private static readonly Color City = Color.FromHex("#003399");
    private static readonly Color Sample = Color.FromHex("#9E9E9E");
    private static readonly Color[] Groups = [Color.FromHex("#7FA7D9"), Color.FromHex("#C9A66B"), Color.FromHex("#8FBF9F"), Color.FromHex("#C7C7C7"), Color.FromHex("#B39DDB")];

    /// <summary>Text and axis colour.</summary>
    public static readonly Color Ink = Color.FromHex("#212121");

    /// <summary>Grid lines.</summary>
    public static readonly Color Grid = Color.FromHex("#E0E0E0");

    /// <summary>The colour of a series; groups take the secondary tones in turn.</summary>
    public static Color For(SeriesRole role, int groupIndex) => role switch
    {
        SeriesRole.City => City,
        SeriesRole.Sample => Sample,
        _ => Groups[groupIndex % Groups.Length],
    };
}
