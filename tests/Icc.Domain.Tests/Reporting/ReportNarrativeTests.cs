using System.Text.Json.Nodes;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting;
using Icc.Domain.Reporting.Narrative;

namespace Icc.Domain.Tests.Reporting;

public sealed class ReportNarrativeTests
{
    private static readonly ReportNarrative Narrative = ReportNarrative.Default;

    private static JsonObject ShippedNarrative()
    {
        using var stream = typeof(ReportNarrative).Assembly.GetManifestResourceStream("Icc.Domain.Reporting.report-narrative.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static string Problems(JsonObject narrative)
    {
        var ex = Assert.Throws<ReportDataException>(() => ReportNarrativeReader.Read(narrative.ToJsonString(), QuestionnaireCatalog.Default));
        return string.Join("\n", ex.Problems);
    }

    private static IEnumerable<string> AllTexts(ReportNarrative narrative) =>
        narrative.Introduction.InterculturalCity
            .Concat(narrative.Introduction.Methodology)
            .Concat(narrative.Introduction.ReadingTheCharts)
            .Concat(narrative.Areas.SelectMany(a => new[] { a.WhyItMatters, a.RecommendationLead }));

    [Fact]
    public void Default_Loaded_HasANarrativeForEveryAreaInQuestionnaireOrder()
    {
        // Every area section of the report has its opening paragraph and recommendation lead.
        var questionnaire = QuestionnaireCatalog.Default.Get(Narrative.QuestionnaireId);
        Assert.Equal(questionnaire.Areas.Select(a => a.Id), Narrative.Areas.Select(a => a.AreaId));
        Assert.All(questionnaire.Areas, area =>
        {
            var text = Narrative.Get(area.Id);
            Assert.InRange(TextMeasures.Words(text.WhyItMatters), ReportNarrativeRules.MinWhyWords, ReportNarrativeRules.MaxWhyWords);
            Assert.Equal(1, TextMeasures.Sentences(text.RecommendationLead));
        });
    }

    [Fact]
    public void Default_Loaded_HasTheThreeIntroductionParts()
    {
        // Two paragraphs on the intercultural city, one or two on the method, at least one on the charts.
        Assert.Equal(2, Narrative.Introduction.InterculturalCity.Count);
        Assert.InRange(Narrative.Introduction.Methodology.Count, 1, 2);
        Assert.NotEmpty(Narrative.Introduction.ReadingTheCharts);
    }

    [Fact]
    public void Default_Placeholders_AreAllKnown()
    {
        // Only placeholders the report builder fills appear, and the methodology uses every one of them.
        var used = AllTexts(Narrative).SelectMany(ReportPlaceholders.NamesIn).ToHashSet();
        Assert.Subset(ReportPlaceholders.Known.ToHashSet(), used);
        Assert.Equal(
            ReportPlaceholders.Known.Order(StringComparer.Ordinal),
            Narrative.Introduction.Methodology.SelectMany(ReportPlaceholders.NamesIn).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MethodologyFor_AsanFacts_FillsEveryPlaceholder()
    {
        // The Asan report's facts: 129 cities by December 2024, 86 questions, 12 indicators, 17 areas.
        var facts = MethodologyFacts.From(QuestionnaireCatalog.Default.Get("icc-2019"), 129, new DateOnly(2024, 12, 31));
        var text = string.Join("\n", Narrative.Introduction.MethodologyFor(facts));
        Assert.DoesNotContain("{", text);
        Assert.Contains("129 cities", text);
        Assert.Contains("December 2024", text);
        Assert.Contains("86 questions", text);
        Assert.Contains("17 areas", text);
        Assert.Contains("12 indicators", text);
    }

    [Fact]
    public void Fill_MissingValue_Throws()
    {
        // A placeholder without a value is a builder bug and must not print as "{name}".
        Assert.Throws<KeyNotFoundException>(() => ReportPlaceholders.Fill("{sampleCities} cities", new Dictionary<string, string>()));
    }

    [Fact]
    public void Get_UnknownArea_Throws()
    {
        // Asking for an area the narrative does not cover is a caller error.
        Assert.Null(Narrative.Find("nowhere"));
        Assert.Throws<KeyNotFoundException>(() => Narrative.Get("nowhere"));
    }

    [Fact]
    public void Read_UnknownPlaceholder_IsRejected()
    {
        // A misspelt placeholder is caught when the data loads, not in a printed report.
        var narrative = ShippedNarrative();
        narrative["introduction"]!["methodology"]![0] = "The sample holds {sampleCity} cities. " + narrative["introduction"]!["methodology"]![0]!.GetValue<string>();
        Assert.Contains("uses placeholder {sampleCity}, which the report builder does not fill", Problems(narrative));
    }

    [Fact]
    public void Read_PlaceholderInAreaText_IsRejected()
    {
        // Nothing fills placeholders in area texts, so they may not hold any.
        var narrative = ShippedNarrative();
        var area = narrative["areas"]![0]!;
        area["recommendationLead"] = "Like {sampleCities} other cities, the city could consider the following.";
        Assert.Contains("area texts cannot hold placeholders", Problems(narrative));
    }

    [Fact]
    public void Read_MethodologyWithoutAPlaceholder_IsRejected()
    {
        // A figure written into the methodology would go stale with the next sample.
        var narrative = ShippedNarrative();
        narrative["introduction"]!["methodology"] = new JsonArray("The index compares 129 cities.");
        Assert.Contains("never uses placeholder {sampleCities}", Problems(narrative));
    }

    [Fact]
    public void Read_MissingArea_IsRejected()
    {
        // Every area of the questionnaire needs its texts.
        var narrative = ShippedNarrative();
        narrative["areas"]!.AsArray().RemoveAt(16);
        Assert.Contains("area 'interaction' has no narrative", Problems(narrative));
    }

    [Fact]
    public void Read_UnknownArea_IsRejected()
    {
        // A narrative for an area the questionnaire lacks is a mistake in the data.
        var narrative = ShippedNarrative();
        narrative["areas"]![0]!["areaId"] = "nowhere";
        Assert.Contains("narrative for area 'nowhere'", Problems(narrative));
    }

    [Fact]
    public void Read_ShortWhyItMatters_IsRejected()
    {
        // The opening paragraph is a real paragraph: 60 to 120 words.
        var narrative = ShippedNarrative();
        narrative["areas"]![0]!["whyItMatters"] = "Commitment matters.";
        Assert.Contains("why-it-matters has 2 words", Problems(narrative));
    }

    [Fact]
    public void Read_TwoSentenceLead_IsRejected()
    {
        // The recommendation lead is one sentence.
        var narrative = ShippedNarrative();
        narrative["areas"]![0]!["recommendationLead"] = "The city does well. It could do more.";
        Assert.Contains("exactly one sentence", Problems(narrative));
    }

    [Fact]
    public void Read_ThreeParagraphIntroduction_IsRejected()
    {
        // The intercultural city part is two paragraphs.
        var narrative = ShippedNarrative();
        narrative["introduction"]!["interculturalCity"]!.AsArray().Add("A third paragraph.");
        Assert.Contains("needs 2 paragraphs, not 3", Problems(narrative));
    }

    [Fact]
    public void Read_NotJson_IsRejectedWithAClearMessage()
    {
        // A broken narrative fails loudly, never half-loaded.
        var ex = Assert.Throws<ReportDataException>(() => ReportNarrativeReader.Read("[", QuestionnaireCatalog.Default));
        Assert.Contains("not valid narrative JSON", ex.Message);
    }
}
