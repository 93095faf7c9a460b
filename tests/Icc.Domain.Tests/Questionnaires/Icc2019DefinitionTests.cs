using Icc.Domain.Questionnaires;

namespace Icc.Domain.Tests.Questionnaires;

public sealed class Icc2019DefinitionTests
{
    private static readonly Questionnaire Definition = QuestionnaireCatalog.Default.Get("icc-2019");

    [Fact]
    public void Definition_Loaded_HasThePublishedCounts()
    {
        // The report states 86 questions, 73 mandatory, 12 indicators; the extended index has 17 areas.
        Assert.Equal(86, Definition.Questions.Count);
        Assert.Equal(73, Definition.Questions.Count(q => q.Mandatory));
        Assert.Equal(12, Definition.Indicators.Count);
        Assert.Equal(17, Definition.Areas.Count);
        Assert.Equal(14, Definition.Areas.Count(a => a.Since == IndexScope.Both));
    }

    [Fact]
    public void Definition_Loaded_SplitsQuestionsBetweenTheIndexesAsDocumented()
    {
        // docs/scoring.md: 64 questions carry over from the original index (59 scored), 22 were added in 2019.
        Assert.Equal(64, Definition.Questions.Count(q => q.Scope == IndexScope.Both));
        Assert.Equal(22, Definition.Questions.Count(q => q.Scope == IndexScope.Extended));
        Assert.Equal(0, Definition.Questions.Count(q => q.Scope == IndexScope.Original));
        Assert.Equal(59, Definition.Questions.Count(q => q.InOriginal));
        Assert.Equal(81, Definition.Questions.Count(q => q.InExtended));
    }

    [Fact]
    public void Lens_Defined_IsTheSixPublishedAreas()
    {
        // The intercultural lens is the composite of six named areas.
        Assert.Equal(
            ["education", "neighbourhoods", "public-services", "business-and-labour-market", "cultural-and-social-life", "public-space"],
            Definition.LensAreas.Select(a => a.Id));
    }

    [Fact]
    public void Areas_Defined_UseTheAgreedIdsInReportOrder()
    {
        // The API and the report rely on these ids and this order.
        Assert.Equal(
            [
                "commitment", "education", "neighbourhoods", "public-services", "business-and-labour-market",
                "cultural-and-social-life", "public-space", "mediation-and-conflict-resolution", "language",
                "media-and-communication", "international-outlook", "intercultural-intelligence-and-competence",
                "welcoming-newcomers", "leadership-and-citizenship", "anti-discrimination", "participation", "interaction",
            ],
            Definition.Areas.Select(a => a.Id));
    }

    [Fact]
    public void OptionalQuestions_Defined_AreTheOptionalChaptersAndTheContextFacts()
    {
        // Participation and interaction are optional chapters; the unscored facts are optional context.
        var optional = Definition.Questions.Where(q => !q.Mandatory).ToList();
        Assert.All(optional, q => Assert.True(q.AreaId is "participation" or "interaction" || !q.IsScored, q.Id));
        Assert.Equal(5, optional.Count(q => !q.IsScored));
    }

    [Fact]
    public void ScoredQuestions_Defined_EveryChoiceQuestionHasAZeroOption()
    {
        // A city must always be able to answer "no": every choice question offers a 0-point option.
        Assert.All(Definition.Questions.Where(q => q.IsChoice), q => Assert.Contains(q.Options, o => o.Points == 0));
    }
}
