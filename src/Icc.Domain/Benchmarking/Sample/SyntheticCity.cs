using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;

namespace Icc.Domain.Benchmarking.Sample;

/// <summary>A generated city while the generator tunes its answers; scored again after every change.</summary>
internal sealed class SyntheticCity
{
    public const string Evidence = "Synthetic answer: generated for the embedded default sample, not a real city's practice.";

    private readonly Questionnaire questionnaire;

    public SyntheticCity(string cityId, CityProfile profile, bool answersNewIndicators, Questionnaire questionnaire, Dictionary<string, string[]> choices)
    {
        this.CityId = cityId;
        this.Profile = profile;
        this.AnswersNewIndicators = answersNewIndicators;
        this.questionnaire = questionnaire;
        this.Choices = choices;
        this.Rescore();
    }

    public string CityId { get; }

    public CityProfile Profile { get; }

    public bool AnswersNewIndicators { get; }

    /// <summary>The chosen options per answered choice question.</summary>
    public Dictionary<string, string[]> Choices { get; }

    public Scorecard Card { get; private set; } = null!;

    public IReadOnlyDictionary<string, decimal> Figures { get; private set; } = null!;

    public AnswerSheet Sheet => new(
        this.questionnaire.Id,
        this.Profile,
        [.. this.questionnaire.Questions
            .Where(q => this.Choices.ContainsKey(q.Id))
            .Select(q => Answer.Choice(q.Id, ChoiceMoves.Earned(q, this.Choices[q.Id]) > 0 ? Evidence : null, this.Choices[q.Id]))]);

    /// <summary>Replaces one answer and scores again; returns the previous options so the change can be undone.</summary>
    public string[] Set(string questionId, string[] options)
    {
        var previous = this.Choices[questionId];
        this.Choices[questionId] = options;
        this.Rescore();
        return previous;
    }

    public SampleCity ToSampleCity() => new(this.CityId, this.Sheet, this.Card, Synthetic: true);

    private void Rescore()
    {
        this.Card = Scorer.Score(this.questionnaire, this.Sheet);
        this.Figures = Benchmarking.Figures.Of(this.Card);
    }
}
