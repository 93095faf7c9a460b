using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Scoring;

public sealed class AsanSampleTests
{
    private static string RepoFile(string relative) => Support.RepoFiles.PathOf(relative);

    private static Scorecard ScoreSample(string file, AnswerFileFormat format)
    {
        var outcome = AnswerFileValidator.Validate(File.ReadAllBytes(RepoFile(file)), format, QuestionnaireCatalog.Default);
        Assert.True(outcome.IsValid, string.Join("\n", outcome.Errors.Select(e => $"{e.Code} {e.Location}: {e.Message}")));
        return Scorer.Score(QuestionnaireCatalog.Default.Get(outcome.Sheet!.QuestionnaireId), outcome.Sheet);
    }

    public static TheoryData<string, int?, int?> PublishedAreaRates => new()
    {
        // area, published rate, published extended rate (footnotes and the three new areas)
        { "commitment", 98, 98 },
        { "education", 95, 95 },
        { "neighbourhoods", 100, 75 },
        { "public-services", 100, 100 },
        { "business-and-labour-market", 100, 50 },
        { "cultural-and-social-life", 100, 100 },
        { "public-space", 88, 50 },
        { "mediation-and-conflict-resolution", 86, 86 },
        { "language", 49, 49 },
        { "media-and-communication", 100, 100 },
        { "international-outlook", 92, 92 },
        { "intercultural-intelligence-and-competence", 91, 94 },
        { "welcoming-newcomers", 95, 95 },
        { "leadership-and-citizenship", 33, 33 },
        { "anti-discrimination", null, 100 },
        { "participation", null, 92 },
        { "interaction", null, 100 },
    };

    [Theory]
    [MemberData(nameof(PublishedAreaRates))]
    public void AsanSample_Scored_GivesEveryPublishedAreaRate(string areaId, int? rate, int? extendedRate)
    {
        // asan-published-figures.md: each area's rate, and the extended rate where the report gives one.
        var area = ScoreSample("samples/asan-2024.json", AnswerFileFormat.Json).Area(areaId);
        Assert.Equal(rate, area.Rate);
        Assert.Equal(extendedRate, area.ExtendedRate);
    }

    [Fact]
    public void AsanSample_Scored_GivesEveryPublishedFigure()
    {
        // The aggregate index 87, the lens 97, and footnotes exactly on the seven areas the report footnotes.
        var card = ScoreSample("samples/asan-2024.json", AnswerFileFormat.Json);
        Assert.Equal("Asan City", card.City);
        Assert.Equal(87, card.Index);
        Assert.Equal(97, card.Lens);
        Assert.Equal(
            ["neighbourhoods", "business-and-labour-market", "public-space", "media-and-communication",
             "international-outlook", "intercultural-intelligence-and-competence", "leadership-and-citizenship"],
            card.Areas.Where(a => a.DiffersInExtended).Select(a => a.Id));
    }

    [Fact]
    public void AsanCsvSample_Scored_MatchesTheJsonSample()
    {
        // The CSV twin of the sample scores exactly like the JSON file.
        var json = ScoreSample("samples/asan-2024.json", AnswerFileFormat.Json);
        var csv = ScoreSample("samples/asan-2024.csv", AnswerFileFormat.Csv);
        Assert.Equal(json.Areas, csv.Areas);
        Assert.Equal(json.Index, csv.Index);
    }
}
