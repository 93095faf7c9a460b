using System.Globalization;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;
using Icc.Domain.Reporting.Narrative;

namespace Icc.Domain.Reporting.Sections;

/// <summary>The introduction: the intercultural city idea, the method with the live sample, how to read the charts.</summary>
public static class IntroductionSection
{
    /// <summary>Builds the section.</summary>
    public static ReportSection Build(ReportInputs inputs)
    {
        var introduction = inputs.Narrative.Introduction;
        var snapshot = inputs.Sample?.Snapshot;
        var date = DateOnly.FromDateTime((snapshot?.ComputedAt ?? new DateTimeOffset(inputs.Sheet.City.Year, 1, 1, 0, 0, 0, TimeSpan.Zero)).UtcDateTime);
        var facts = MethodologyFacts.From(inputs.Questionnaire, snapshot?.Cities ?? 0, date);
        List<ReportBlock> method = [.. introduction.MethodologyFor(facts).Select(p => new Paragraph(p))];
        method.Add(new Paragraph(SampleNote(inputs)));
        return new ReportSection(
            "introduction",
            "Introduction",
            [.. introduction.InterculturalCity.Select(p => new Paragraph(p))],
            [
                new ReportSection("methodology", "The Intercultural Cities Index", method),
                new ReportSection("reading-the-charts", "Reading this report", [.. introduction.ReadingTheCharts.Select(p => new Paragraph(p))]),
            ]);
    }

    // States exactly what this report is compared with, including how much of the sample is synthetic.
    private static string SampleNote(ReportInputs inputs)
    {
        if (inputs.Sample?.Snapshot is not { } snapshot)
        {
            return "No benchmark sample existed when this report was drawn, so its rates are not compared with other cities.";
        }

        var date = snapshot.ComputedAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var cities = snapshot.Cities.ToString(CultureInfo.InvariantCulture);
        var answering = snapshot.Group(ReportSample.NewIndicators).Size.ToString(CultureInfo.InvariantCulture);
        var note = $"This report compares {inputs.CityName} with benchmark snapshot {snapshot.Version} of {date}: {cities} cities, {answering} of which answered the chapters added in 2019.";
        return snapshot.SyntheticCities == 0 ? note : note +
            $" {snapshot.SyntheticCities.ToString(CultureInfo.InvariantCulture)} of these cities are synthetic: generated to match the published sample figures so the service " +
            "can compare before real results are loaded. They are named \"Synthetic city\" wherever they appear.";
    }
}
