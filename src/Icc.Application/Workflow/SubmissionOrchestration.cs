using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Workflow;

/// <summary>
/// Carries one submission from upload to publication: validate, score, compare, wait for the
/// secretariat's decision (with reminders and expiry), take corrected files in further rounds, and
/// draw the report. One instance per submission; its instance id is the submission id.
/// Deterministic: time from the context, all I/O in activities, only ids and small summaries in history.
/// </summary>
public static class SubmissionOrchestration
{
    private static TaskOptions Retry => ActivityRetry.Default;

    /// <summary>The orchestrator body, shared by the Functions trigger and the standalone worker.</summary>
    public static async Task<SubmissionOutcome> RunAsync(TaskOrchestrationContext context)
    {
        var input = context.GetInput<SubmissionWorkflowInput>()
            ?? throw new InvalidOperationException("The submission orchestration needs a SubmissionWorkflowInput.");
        var logger = context.CreateReplaySafeLogger(nameof(SubmissionOrchestration));
        var round = new RoundRef(input.SubmissionId, input.CityId, 1, input.Format);

        try
        {
            // Each pass is one round; AwaitCorrectionAsync closes the submission at the last round.
            while (round.Round <= input.Timings.MaxRounds)
            {
                var next = await RunRoundAsync(context, input, round, logger);
                if (next.Outcome is not null)
                {
                    return next.Outcome;
                }

                round = next.NextRound!;
            }

            return await CloseAsync(context, round, SubmissionStatus.Rejected, from: null, $"No more than {input.Timings.MaxRounds} rounds are accepted.");
        }
        catch (TaskFailedException failure)
        {
            logger.LogError(
                "Submission {SubmissionId} of city {CityId} failed in round {Round}: {Failure}",
                input.SubmissionId, input.CityId, round.Round, failure.FailureDetails.ErrorMessage);
            return await CloseAsync(context, round, SubmissionStatus.Failed, from: null, $"The workflow failed: {failure.FailureDetails.ErrorMessage}");
        }
        catch (WorkflowStuckException stuck)
        {
            logger.LogError(
                "Submission {SubmissionId} of city {CityId} is stuck in round {Round}: {Reason}",
                input.SubmissionId, input.CityId, round.Round, stuck.Message);
            return await CloseAsync(context, round, SubmissionStatus.Failed, from: null, stuck.Message);
        }
    }

    private static async Task<RoundResult> RunRoundAsync(
        TaskOrchestrationContext context, SubmissionWorkflowInput input, RoundRef round, ILogger logger)
    {
        Progress(context, SubmissionStatus.Validating, round);
        var validation = await context.CallActivityAsync<ValidationSummary>(WorkflowNames.ValidateSubmission, round, Retry);
        if (!validation.Valid)
        {
            return await AfterInvalidFileAsync(context, input, round, validation);
        }

        Progress(context, SubmissionStatus.Scoring, round);
        await context.CallActivityAsync<ScoreSummary>(WorkflowNames.ScoreSubmission, round, Retry);
        await context.CallActivityAsync<ComparisonSummary>(WorkflowNames.CompareWithBenchmark, round, Retry);

        Progress(context, SubmissionStatus.AwaitingReview, round);
        SubmissionOutcome? expired = null;
        var decision = await ReviewWait.ForDecisionAsync(context, input, round, Retry, async () =>
        {
            expired = await TryCloseAsync(context, round, SubmissionStatus.Expired, SubmissionStatus.AwaitingReview, "No review decision within the review period.");
            return expired is not null;
        });
        if (decision is null)
        {
            return RoundResult.Done(expired!);
        }

        logger.LogInformation(
            "Submission {SubmissionId} of city {CityId}: round {Round} decided {Decision} by {Reviewer}",
            round.SubmissionId, round.CityId, round.Round, decision.Decision, decision.Reviewer);
        switch (decision.Decision)
        {
            case ReviewDecisionKind.Approve:
                Progress(context, SubmissionStatus.GeneratingReport, round);
                await context.CallActivityAsync<string>(WorkflowNames.GenerateReport, round, Retry);
                Progress(context, SubmissionStatus.Published, round);
                return RoundResult.Done(new SubmissionOutcome(SubmissionStatus.Published, round.Round));
            case ReviewDecisionKind.Reject:
                // The reviewer's claim already made it Rejected (final): the close leaves it and returns that.
                return RoundResult.Done(await CloseAsync(context, round, SubmissionStatus.Rejected, SubmissionStatus.Rejected, "Rejected by the reviewer."));
            default:
                return await AwaitCorrectionAsync(context, input, round);
        }
    }

    // A first file with errors is rejected outright; an invalid corrected file goes back to the city with its
    // validation report (ChangesRequested again), unless it was the last round allowed.
    private static async Task<RoundResult> AfterInvalidFileAsync(
        TaskOrchestrationContext context, SubmissionWorkflowInput input, RoundRef round, ValidationSummary validation)
    {
        if (round.Round == 1)
        {
            return RoundResult.Done(await CloseAsync(
                context, round, SubmissionStatus.Rejected, SubmissionStatus.Validating, $"The answer file has {validation.Errors} error(s)."));
        }

        if (round.Round >= input.Timings.MaxRounds)
        {
            return RoundResult.Done(await CloseAsync(
                context,
                round,
                SubmissionStatus.Rejected,
                SubmissionStatus.Validating,
                $"The corrected file has {validation.Errors} error(s) and no corrected file is accepted after {input.Timings.MaxRounds} rounds."));
        }

        await context.CallActivityAsync<SubmissionStatus>(WorkflowNames.RequestCorrection, round, Retry);
        return await AwaitCorrectionAsync(context, input, round);
    }

    private static async Task<RoundResult> AwaitCorrectionAsync(TaskOrchestrationContext context, SubmissionWorkflowInput input, RoundRef round)
    {
        if (round.Round >= input.Timings.MaxRounds)
        {
            return RoundResult.Done(await CloseAsync(
                context, round, SubmissionStatus.Rejected, SubmissionStatus.ChangesRequested, $"No corrected file is accepted after {input.Timings.MaxRounds} rounds."));
        }

        Progress(context, SubmissionStatus.ChangesRequested, round);
        SubmissionOutcome? expired = null;
        var corrected = await ReviewWait.ForCorrectionAsync(context, input, round, async () =>
        {
            expired = await TryCloseAsync(context, round, SubmissionStatus.Expired, SubmissionStatus.ChangesRequested, "No corrected file within the correction period.");
            return expired is not null;
        });
        return corrected is null
            ? RoundResult.Done(expired!)
            : RoundResult.Continue(round with { Round = corrected.Round, Format = corrected.Format });
    }

    // Closes from the status the workflow left the record in; a record already final stays as it is.
    private static async Task<SubmissionOutcome> CloseAsync(
        TaskOrchestrationContext context, RoundRef round, SubmissionStatus status, SubmissionStatus? from, string reason)
    {
        var final = await CallCloseAsync(context, round, status, from, reason);
        Progress(context, final, round);
        return new SubmissionOutcome(final, round.Round);
    }

    // Closes at the end of a wait unless a reviewer or the city claimed the record first: then null, and the
    // caller takes the decision or the corrected file whose event is on its way.
    private static async Task<SubmissionOutcome?> TryCloseAsync(
        TaskOrchestrationContext context, RoundRef round, SubmissionStatus status, SubmissionStatus from, string reason)
    {
        var final = await CallCloseAsync(context, round, status, from, reason);
        if (final != status)
        {
            return null;
        }

        Progress(context, final, round);
        return new SubmissionOutcome(final, round.Round);
    }

    private static Task<SubmissionStatus> CallCloseAsync(
        TaskOrchestrationContext context, RoundRef round, SubmissionStatus status, SubmissionStatus? from, string reason) =>
        context.CallActivityAsync<SubmissionStatus>(
            WorkflowNames.CloseSubmission, new CloseInput(round.SubmissionId, status, reason, round.CityId, round.Round, from), Retry);

    // Every stage transition shows in the custom status and in one log line; the replay-safe logger
    // writes nothing while the orchestrator replays, so each transition is logged once.
    private static void Progress(TaskOrchestrationContext context, SubmissionStatus stage, RoundRef round)
    {
        context.SetCustomStatus(new WorkflowProgress(stage, round.Round));
        context.CreateReplaySafeLogger(nameof(SubmissionOrchestration)).LogInformation(
            "Submission {SubmissionId} of city {CityId}: round {Round} {Stage}",
            round.SubmissionId, round.CityId, round.Round, stage);
    }

    private sealed record RoundResult(SubmissionOutcome? Outcome, RoundRef? NextRound)
    {
        public static RoundResult Done(SubmissionOutcome outcome) => new(outcome, null);

        public static RoundResult Continue(RoundRef next) => new(null, next);
    }
}
