using Icc.Domain.Benchmarking;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;

namespace Icc.Domain.Reporting.Building;

/// <summary>A rate with what it is compared with: the group's printed mean, its size and the city's position.</summary>
/// <param name="Rate">The city's printed rate.</param>
/// <param name="GroupId">The comparison group.</param>
/// <param name="GroupMean">The group's printed mean; null without a sample or when the group is too small.</param>
/// <param name="GroupSize">Cities of the group with a value.</param>
/// <param name="Position">The city's position, when ranked.</param>
public sealed record Compared(int? Rate, string GroupId, int? GroupMean, int GroupSize, Position? Position);

/// <summary>
/// One area's figures as the report states them. Original areas are compared with the whole sample (and
/// the city's bands); the three new areas and every extended rate with the cities that answered the new chapters.
/// </summary>
/// <param name="Area">The area.</param>
/// <param name="Score">The city's score in it.</param>
/// <param name="Main">The rate the text leads with: original for original areas, extended for new ones.</param>
/// <param name="Extended">The extended rate, for the footnote of an original area whose extended questions differ; else null.</param>
/// <param name="PopulationBand">The main rate against the city's population band.</param>
/// <param name="ForeignBornBand">The main rate against the city's foreign-born band.</param>
public sealed record AreaStanding(Area Area, AreaScore Score, Compared Main, Compared? Extended, Compared? PopulationBand, Compared? ForeignBornBand)
{
    /// <summary>True for the areas added in 2019 (extended index only).</summary>
    public bool IsNew => this.Area.Since == IndexScope.Extended;

    /// <summary>The figures of an area for a report.</summary>
    public static AreaStanding Of(ReportInputs inputs, Area area)
    {
        var score = inputs.Card.Area(area.Id);
        var city = inputs.City;
        var isNew = area.Since == IndexScope.Extended;
        var figure = isNew ? Figures.Extended(area.Id) : Figures.Rate(area.Id);
        var mainGroup = isNew ? ReportSample.NewIndicators : ReportSample.All;
        var rate = isNew ? score.ExtendedRate : score.Rate;
        var main = Compare(inputs.Sample, city, rate, mainGroup, figure);
        var extended = !isNew && score.DiffersInExtended && score.ExtendedRate is not null
            ? Compare(inputs.Sample, city, score.ExtendedRate, ReportSample.NewIndicators, Figures.Extended(area.Id))
            : null;
        return new AreaStanding(
            area,
            score,
            main,
            extended,
            isNew ? null : Compare(inputs.Sample, city, rate, ReportSample.PopulationGroup(city), figure),
            isNew ? null : Compare(inputs.Sample, city, rate, ReportSample.ForeignBornGroup(city), figure));
    }

    /// <summary>A printed rate against a group.</summary>
    public static Compared Compare(ReportSample? sample, BenchmarkEntry city, int? rate, string groupId, string figure) => sample is null
        ? new Compared(rate, groupId, null, 0, null)
        : new Compared(rate, groupId, sample.Mean(groupId, figure), sample.Count(groupId, figure), sample.PositionOf(city, groupId, figure));
}
