using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;

namespace Icc.Application.Scoring;

/// <summary>Scores the round's stored answers and stores the scorecard.</summary>
public sealed class ScoreSubmissionActivity(
    ISubmissionStore submissions,
    IAnswerStore answers,
    IScorecardStore scorecards,
    QuestionnaireCatalog catalog,
    TimeProvider time) : IWorkflowActivity<RoundRef, ScoreSummary>
{
    /// <inheritdoc />
    public async Task<ScoreSummary> RunAsync(RoundRef input, CancellationToken cancellationToken)
    {
        await submissions.MoveToAsync(
            input.SubmissionId,
            SubmissionStatus.Scoring,
            StatusMove.InRound(input.Round, SubmissionStatus.Validating, SubmissionStatus.Scoring),
            time.GetUtcNow(),
            cancellationToken);

        var sheet = await answers.LoadAsync(input.SubmissionId, input.Round, cancellationToken)
            ?? throw new InvalidOperationException($"Submission {input.SubmissionId} has no answers stored for round {input.Round}.");
        var card = Scorer.Score(catalog.Get(sheet.QuestionnaireId), sheet);

        await scorecards.SaveAsync(
            new StoredScorecard(input.SubmissionId, input.CityId, input.Round, sheet.City, card, Published: false, time.GetUtcNow()),
            cancellationToken);
        await submissions.ApplyAsync(input.SubmissionId, r => r with { Index = card.Index }, cancellationToken);
        return new ScoreSummary(card.Index, card.ExtendedIndex, card.Lens);
    }
}
