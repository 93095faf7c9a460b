using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Workflow;

/// <summary>
/// The two waits of the workflow. Each creates ONE event wait and never cancels it: a cancelled
/// WaitForExternalEvent still swallows the next event of its name (durable-pitfalls.md, item 1), so a
/// reminder loop built on timeouts could lose a reviewer's decision. Timers race the wait and are
/// cancelled when the event wins, so the instance does not linger until they fire.
/// At the deadline the wait asks its caller to close the submission; when a reviewer or the city claimed
/// the record first, the close is refused and the wait goes on taking that claim's event from the same
/// pending wait, so a decision or corrected file answered with 202 is never expired over.
/// </summary>
public static class ReviewWait
{
    // How long to wait for a claimed record's event before trying to close again. The event is raised right
    // after the claim, so it normally arrives at once; a claim whose event could not be raised is undone, and
    // the next attempt closes. Doubling keeps a record stuck in a claim from filling the history with timers.
    private static readonly TimeSpan FirstClaimGrace = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestClaimGrace = TimeSpan.FromDays(1);

    private const int MostStaleEvents = 100;

    // Refused closes (1 min, doubling to a day: about two and a half days in all) before a claim whose event never
    // came (its handler died between the claim and the event) is given up and the submission closed as Failed.
    private const int MostClaimGraces = 12;

    /// <summary>
    /// Waits for the decision on this round, reminding reviewers at each interval; at the end of the review
    /// period runs <paramref name="closeAtDeadline"/>, and returns null once it closed the submission.
    /// </summary>
    public static async Task<ReviewDecisionMessage?> ForDecisionAsync(
        TaskOrchestrationContext context, SubmissionWorkflowInput input, RoundRef round, TaskOptions retry, Func<Task<bool>> closeAtDeadline)
    {
        var logger = context.CreateReplaySafeLogger(nameof(ReviewWait));
        var deadline = context.CurrentUtcDateTime + input.Timings.ReviewPeriod;
        var ticks = new Ticks(context.CurrentUtcDateTime, input.Timings.ReminderInterval);
        var reminders = 0;
        return await ForRoundAsync<ReviewDecisionMessage>(
            context,
            WorkflowNames.ReviewDecisionEvent,
            decision => decision.Round == round.Round,
            deadline,
            ticks,
            async () =>
            {
                reminders++;
                try
                {
                    await context.CallActivityAsync<bool>(
                        WorkflowNames.RecordReminder,
                        new ReminderInput(round.SubmissionId, round.Round, reminders, context.CurrentUtcDateTime, round.CityId),
                        retry);
                }
                catch (TaskFailedException failure)
                {
                    // A reminder is a courtesy: one that cannot be recorded must not fail the submission.
                    logger.LogWarning(
                        "Submission {SubmissionId} of city {CityId}: reminder {Reminder} of round {Round} was not recorded: {Failure}",
                        round.SubmissionId, round.CityId, reminders, round.Round, failure.FailureDetails.ErrorMessage);
                }
            },
            closeAtDeadline);
    }

    /// <summary>
    /// Waits for the corrected file of the next round; at the end of the correction period runs
    /// <paramref name="closeAtDeadline"/>, and returns null once it closed the submission.
    /// </summary>
    public static Task<CorrectedAnswersMessage?> ForCorrectionAsync(
        TaskOrchestrationContext context, SubmissionWorkflowInput input, RoundRef round, Func<Task<bool>> closeAtDeadline) =>
        ForRoundAsync<CorrectedAnswersMessage>(
            context,
            WorkflowNames.CorrectedAnswersEvent,
            correction => correction.Round == round.Round + 1,
            context.CurrentUtcDateTime + input.Timings.CorrectionPeriod,
            ticks: null,
            onInterval: null,
            closeAtDeadline);

    // One wait per event expected; an event about another round can only be a stale retry, so it is dropped
    // and a new wait is made (the old one has completed, so nothing is left pending behind it). Each event is
    // raised after an ETag claim on the record, so more than a handful of stale ones means a bug, not load.
    private static async Task<T?> ForRoundAsync<T>(
        TaskOrchestrationContext context,
        string eventName,
        Func<T, bool> isForThisRound,
        DateTime deadline,
        Ticks? ticks,
        Func<Task>? onInterval,
        Func<Task<bool>> closeAtDeadline)
        where T : class
    {
        for (var dropped = 0; dropped < MostStaleEvents; dropped++)
        {
            var wait = context.WaitForExternalEvent<T>(eventName);
            var received = await RaceUntilAsync(context, wait, deadline, ticks, onInterval)
                ?? await CloseOrTakeClaimAsync(context, wait, closeAtDeadline);
            if (received is null || isForThisRound(received))
            {
                return received;
            }
        }

        throw new WorkflowStuckException($"More than {MostStaleEvents} '{eventName}' events about other rounds arrived; the workflow stops rather than loop.");
    }

    // The deadline has passed: close, unless the record was claimed, in which case the claim's event is taken
    // from the still pending wait (a new wait would lose it to the old one).
    private static async Task<T?> CloseOrTakeClaimAsync<T>(TaskOrchestrationContext context, Task<T> wait, Func<Task<bool>> closeAtDeadline)
        where T : class
    {
        var grace = FirstClaimGrace;
        for (var graces = 0; !wait.IsCompleted; graces++)
        {
            if (graces == MostClaimGraces)
            {
                throw new WorkflowStuckException(
                    "The record was claimed by a decision or corrected file whose event never arrived; the secretariat should check the submission.");
            }

            if (await closeAtDeadline())
            {
                return null;
            }

            var received = await RaceUntilAsync(context, wait, context.CurrentUtcDateTime + grace, ticks: null, onInterval: null);
            if (received is not null)
            {
                return received;
            }

            grace = grace * 2 < LongestClaimGrace ? grace * 2 : LongestClaimGrace;
        }

        return await wait;
    }

    // Races one never-cancelled event wait against timers up to the deadline; at each tick runs onInterval
    // (an activity) and goes on waiting on the SAME event task, so an event arriving during the activity is
    // not lost. Returns the event's payload, or null at the deadline.
    private static async Task<T?> RaceUntilAsync<T>(
        TaskOrchestrationContext context, Task<T> eventWait, DateTime deadline, Ticks? ticks, Func<Task>? onInterval)
        where T : class
    {
        while (context.CurrentUtcDateTime < deadline)
        {
            var fireAt = ticks is null ? deadline : Min(ticks.Next(context.CurrentUtcDateTime), deadline);
            using var timerCancellation = new CancellationTokenSource();
            var timer = context.CreateTimer(fireAt, timerCancellation.Token);
            var winner = await Task.WhenAny(eventWait, timer);
            if (winner == eventWait)
            {
                timerCancellation.Cancel();
                return await eventWait;
            }

            ticks?.Advance();
            if (context.CurrentUtcDateTime < deadline && onInterval is not null)
            {
                await onInterval();
            }
        }

        return eventWait.IsCompleted ? await eventWait : null;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    // Reminder times on a fixed grid from the start (start + k × interval), so a slow reminder activity
    // does not push every later reminder back; a tick already past fires at once, the ones after keep the grid.
    private sealed class Ticks(DateTime start, TimeSpan interval)
    {
        private int fired;

        /// <summary>When the next tick is due: its place on the grid, or now when that has passed.</summary>
        public DateTime Next(DateTime now)
        {
            var next = start + ((this.fired + 1) * interval);
            return next < now ? now : next;
        }

        /// <summary>The due tick fired.</summary>
        public void Advance() => this.fired++;
    }
}
