using Icc.Domain.Benchmarking;
using Icc.Domain.Benchmarking.Sample;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Scoring;
using Icc.Reports.Pdf;
using UglyToad.PdfPig;

namespace Icc.Application.Tests.Reports;

/// <summary>Hostile texts in a city's own answer file, through the whole report: builder, then renderer.</summary>
public sealed class HostileEvidenceTests
{
    [Fact]
    public void Report_HostileEvidenceAndNames_RendersInsideTheMargins()
    {
        // Evidence with a 5 000-character word, Korean, Arabic, emoji and control characters, and a Korean city name.
        string[] hostile =
        [
            new string('x', 5000),
            "아산시는 다문화 가족을 지원합니다. 외국인 주민 센터가 운영됩니다.",
            "تدعم المدينة العائلات متعددة الثقافات",
            "Festival 🎉🌍 with emoji \u0001\u0007 and control characters\ttabs",
        ];
        var asan = DefaultSample.Reference(SampleReports.Icc2019);
        var answers = asan.Sheet.Answers.Select((a, i) => a.Evidence is null ? a : a with { Evidence = hostile[i % hostile.Length] }).ToList();
        var sheet = asan.Sheet with { City = asan.Sheet.City with { Name = "아산시 Asan" }, Answers = answers };
        var card = Scorer.Score(SampleReports.Icc2019, sheet);
        var entry = BenchmarkEntry.From("asan", sheet.City, card);
        var document = ReportBuilder.Build(ReportInputs.Of("asan", SampleReports.Icc2019, sheet, card, ReportSample.EmbeddedWith(entry)));

        var bytes = new PdfReportRenderer().Render(document);

        RenderedPdf.AssertInsideMargins(bytes);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains(pdf.GetPages(), p => p.Text.Contains("아산시", StringComparison.Ordinal));
    }
}
