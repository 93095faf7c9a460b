using Icc.Domain.Benchmarking.Sample;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;
using Icc.Domain.Scoring;

namespace Icc.Application.Tests.Reports;

/// <summary>Full reports built the way the service builds them: Asan's answers under another city's name, against the embedded sample.</summary>
internal static class SampleReports
{
    public static readonly Questionnaire Icc2019 = QuestionnaireCatalog.Default.Find("icc-2019")!;

    /// <summary>The report of a city that answered as Asan did, named <paramref name="city"/> in <paramref name="country"/>.</summary>
    public static ReportDocument For(string city = "Testville", string country = "Nowhere")
    {
        var asan = DefaultSample.Reference(Icc2019);
        var sheet = asan.Sheet with { City = asan.Sheet.City with { Name = city, Country = country, Region = null } };
        var card = Scorer.Score(Icc2019, sheet);
        var entry = Icc.Domain.Benchmarking.BenchmarkEntry.From("testville", sheet.City, card);
        return ReportBuilder.Build(ReportInputs.Of("testville", Icc2019, sheet, card, ReportSample.EmbeddedWith(entry)));
    }
}
