using System.Text.Json.Nodes;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting;
using Icc.Domain.Reporting.Practices;

namespace Icc.Domain.Tests.Reporting;

public sealed class GoodPracticeCatalogTests
{
    private const string AsanReport = "asan-2024";

    private static readonly GoodPracticeCatalog Catalog = GoodPracticeCatalog.Default;

    private static readonly Questionnaire Definition = QuestionnaireCatalog.Default.Get(Catalog.QuestionnaireId);

    private static JsonObject ShippedCatalog()
    {
        using var stream = typeof(GoodPracticeCatalog).Assembly.GetManifestResourceStream("Icc.Domain.Reporting.good-practices.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static JsonObject FirstPractice(JsonObject catalog) => catalog["practices"]![0]!.AsObject();

    private static string Problems(JsonObject catalog)
    {
        var ex = Assert.Throws<ReportDataException>(() => GoodPracticeReader.Read(catalog.ToJsonString(), QuestionnaireCatalog.Default));
        return string.Join("\n", ex.Problems);
    }

    [Fact]
    public void Default_Loaded_TagsTheCurrentQuestionnaire()
    {
        // The shipped catalogue keeps every rule and tags the questionnaire new submissions answer.
        Assert.Equal(QuestionnaireCatalog.Default.Current.Id, Catalog.QuestionnaireId);
        Assert.True(Catalog.All.Count >= 30, $"only {Catalog.All.Count} practices");
    }

    [Theory]
    [InlineData("Bilbao")]
    [InlineData("Bradford")]
    [InlineData("Barcelona")]
    [InlineData("Sumy")]
    [InlineData("Montreal")]
    [InlineData("Leeds")]
    [InlineData("Camden (London)")]
    [InlineData("Reggio Emilia")]
    [InlineData("Tenerife")]
    [InlineData("Ballarat")]
    [InlineData("Donostia/San Sebastián")]
    [InlineData("Valladolid")]
    [InlineData("Novellara")]
    [InlineData("Lublin")]
    [InlineData("Ansan")]
    [InlineData("Vila Verde")]
    [InlineData("Maribyrnong")]
    [InlineData("Reykjavik")]
    [InlineData("Galway")]
    [InlineData("Kirklees")]
    [InlineData("Sabadell")]
    [InlineData("Melitopol")]
    public void Default_CityCitedByAsanReport_HasACitedPractice(string city)
    {
        // Every city the published Asan report holds up as an example is in the catalogue, marked as cited.
        Assert.Contains(Catalog.All, p => p.City == city && p.CitedIn.Contains(AsanReport));
    }

    [Fact]
    public void Default_BarcelonaProgrammes_AreSeparatePractices()
    {
        // The Asan report cites five Barcelona programmes in five areas; each is its own entry.
        var barcelona = Catalog.All.Where(p => p.City == "Barcelona" && p.CitedIn.Contains(AsanReport)).Select(p => p.Id).ToList();
        Assert.Equal(
            [
                "barcelona-diverse-municipal-workforce", "barcelona-intercultural-mediation", "barcelona-intercultural-public-space",
                "barcelona-schools-for-equality-and-diversity", "barcelona-xeix",
            ],
            barcelona.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Default_EveryArea_HasAtLeastTwoPractices()
    {
        // A report always has more than one example to offer, whatever area the city needs to work on.
        Assert.All(Definition.Areas, area =>
            Assert.True(Catalog.ForArea(area.Id).Count >= 2, $"{area.Id} has {Catalog.ForArea(area.Id).Count} practices"));
    }

    [Fact]
    public void Default_EveryTag_ExistsInTheQuestionnaire()
    {
        // Tags are checked on load; this restates the guarantee independently of the loader's rules.
        Assert.All(Catalog.All, p =>
        {
            Assert.All(p.AreaIds, a => Assert.NotNull(Definition.FindArea(a)));
            Assert.All(p.QuestionIds, q => Assert.True(Definition.FindQuestion(q)?.IsScored, $"{p.Id}: {q}"));
            Assert.Equal(p.AreaIds.Order(), p.QuestionIds.Select(q => Definition.FindQuestion(q)!.AreaId).Distinct().Order());
        });
    }

    [Fact]
    public void Default_EverySummary_IsShortProse()
    {
        // Summaries are two to four sentences and fit the report's layout.
        Assert.All(Catalog.All, p =>
        {
            Assert.InRange(p.Summary.Length, 1, GoodPracticeRules.MaxSummaryLength);
            Assert.InRange(TextMeasures.Sentences(p.Summary), 2, 4);
        });
    }

    [Theory]
    [InlineData("COM-05", "bilbao-charter-of-values")]
    [InlineData("PUB-02", "camden-diverse-recruitment")]
    [InlineData("MED-01", "barcelona-intercultural-mediation")]
    [InlineData("LNG-01", "novellara-italian-for-migrant-women")]
    [InlineData("IOL-03", "reggio-emilia-diaspora-agreement")]
    [InlineData("IIC-01", "ansan-intercultural-statistics")]
    [InlineData("WEL-04", "maribyrnong-refugee-week")]
    [InlineData("LDR-06", "reykjavik-local-elections")]
    [InlineData("ADS-01", "galway-equality-and-human-rights")]
    [InlineData("PAR-04", "camden-diverse-recruitment")]
    public void ForQuestion_AsanGap_FindsThePracticeTheReportSuggests(string questionId, string practiceId)
    {
        // Where the Asan report suggests a practice for a gap, looking up the missed question finds it.
        Assert.Contains(Catalog.ForQuestion(questionId), p => p.Id == practiceId);
    }

    [Fact]
    public void ForArea_UnknownArea_IsEmpty()
    {
        // An unknown area has no practices rather than an error: reports simply print none.
        Assert.Empty(Catalog.ForArea("nowhere"));
        Assert.Null(Catalog.Find("nowhere"));
    }

    [Fact]
    public void Suggest_MissedQuestions_PutsPracticesAnsweringMostOfThemFirst()
    {
        // A city missing several leadership items gets the practices covering those items first.
        var suggested = Catalog.Suggest("leadership-and-citizenship", ["LDR-04", "LDR-06"]);
        Assert.Equal("sabadell-political-participation", suggested[0].Id);
        Assert.Equal(Catalog.ForArea("leadership-and-citizenship").Count, suggested.Count);
        Assert.DoesNotContain("LDR-06", suggested[^1].QuestionIds);
    }

    [Fact]
    public void Suggest_NothingMissed_StillOffersTheAreasPractices()
    {
        // A city with a full score still gets ideas, cited practices first.
        var suggested = Catalog.Suggest("language", []);
        Assert.Equal(Catalog.ForArea("language").Count, suggested.Count);
        Assert.Contains(AsanReport, suggested[0].CitedIn);
    }

    [Fact]
    public void Read_DuplicateId_IsRejected()
    {
        // Two practices with one id would make report references ambiguous.
        var catalog = ShippedCatalog();
        catalog["practices"]![1]!["id"] = FirstPractice(catalog)["id"]!.GetValue<string>();
        Assert.Contains("is used 2 times", Problems(catalog));
    }

    [Fact]
    public void Read_UnknownQuestion_IsRejected()
    {
        // A tag must name a question of the questionnaire, or no report could ever match it.
        var catalog = ShippedCatalog();
        FirstPractice(catalog)["questionIds"] = new JsonArray("COM-99");
        Assert.Contains("names question 'COM-99', which icc-2019 does not have", Problems(catalog));
    }

    [Fact]
    public void Read_UnknownArea_IsRejected()
    {
        // Area tags must be areas of the questionnaire.
        var catalog = ShippedCatalog();
        FirstPractice(catalog)["areaIds"]!.AsArray().Add("nowhere");
        Assert.Contains("names area 'nowhere'", Problems(catalog));
    }

    [Fact]
    public void Read_QuestionOfAnUnlistedArea_IsRejected()
    {
        // Areas and questions must agree, so a practice is listed exactly where it helps.
        var catalog = ShippedCatalog();
        FirstPractice(catalog)["questionIds"]!.AsArray().Add("EDU-04");
        Assert.Contains("answers a question of area 'education' but does not list that area", Problems(catalog));
    }

    [Fact]
    public void Read_UnscoredQuestion_IsRejected()
    {
        // An unscored question is never missed, so tagging it would be dead data.
        var catalog = ShippedCatalog();
        FirstPractice(catalog)["questionIds"]!.AsArray().Add("COM-09");
        Assert.Contains("COM-09, which is not scored", Problems(catalog));
    }

    [Fact]
    public void Read_EmptySummary_IsRejected()
    {
        // A practice without a summary has nothing to print.
        var catalog = ShippedCatalog();
        FirstPractice(catalog)["summary"] = " ";
        Assert.Contains("has no summary", Problems(catalog));
    }

    [Fact]
    public void Read_OverlongSummary_IsRejected()
    {
        // Summaries longer than the layout allows are caught at load, not in a printed report.
        var catalog = ShippedCatalog();
        FirstPractice(catalog)["summary"] = string.Join(" ", Enumerable.Repeat("The city runs a long programme.", 40));
        Assert.Contains("more than 900", Problems(catalog));
    }

    [Fact]
    public void Read_OneSentenceSummary_IsRejected()
    {
        // A summary says what the city does and why it matters: at least two sentences.
        var catalog = ShippedCatalog();
        FirstPractice(catalog)["summary"] = "The city runs a programme.";
        Assert.Contains("has 1 sentences, not 2 to 4", Problems(catalog));
    }

    [Fact]
    public void Read_UnknownQuestionnaire_IsRejected()
    {
        // Tags only mean something against a known questionnaire version.
        var catalog = ShippedCatalog();
        catalog["questionnaireId"] = "icc-1999";
        Assert.Contains("questionnaire 'icc-1999', which is unknown", Problems(catalog));
    }

    [Fact]
    public void Read_NotJson_IsRejectedWithAClearMessage()
    {
        // A broken catalogue fails loudly, never half-loaded.
        var ex = Assert.Throws<ReportDataException>(() => GoodPracticeReader.Read("{ not json", QuestionnaireCatalog.Default));
        Assert.Contains("not valid catalogue JSON", ex.Message);
    }
}
