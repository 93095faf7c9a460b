using System.Globalization;
using Icc.Domain.Benchmarking.Sample;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;

namespace Icc.Bench.Report;

/// <summary>The documents the bench renders: the real Asan 2024 report, the same without charts, one huge paragraph.</summary>
internal static class SampleDocument
{
    private const string Sentence =
        "The city has adopted a public statement in which it explicitly commits to intercultural principles, and its council " +
        "has endorsed a strategy that treats diversity as a resource for the whole community rather than a problem to manage. ";

    /// <summary>The Asan 2024 report exactly as the service draws it: answers, embedded sample, builder.</summary>
    public static ReportDocument Build()
    {
        var questionnaire = QuestionnaireCatalog.Default.Find("icc-2019")!;
        var asan = DefaultSample.Reference(questionnaire);
        return ReportBuilder.Build(ReportInputs.Of(asan.CityId, questionnaire, asan.Sheet, asan.Card, ReportSample.EmbeddedWith(asan.Entry)));
    }

    /// <summary>A document of one paragraph of about <paramref name="characters"/> characters.</summary>
    public static ReportDocument HugeParagraph(int characters)
    {
        var document = Build();
        var text = string.Concat(Enumerable.Repeat(Sentence, (characters / Sentence.Length) + 1))[..characters];
        return document with { Sections = [new ReportSection("huge", "One long paragraph", [new Paragraph(text)])] };
    }

    /// <summary>The same document without its charts, to tell the charts' cost from the text's.</summary>
    public static ReportDocument WithoutCharts(ReportDocument document) =>
        document with { Sections = document.Sections.Select(Strip).ToList() };

    private static ReportSection Strip(ReportSection section) =>
        section with { Blocks = section.Blocks.Where(b => b is not BarChart).ToList(), Subsections = section.Subsections.Select(Strip).ToList() };
}
