using Microsoft.DurableTask;

namespace Icc.Application.Workflow;

/// <summary>
/// The two waits of the workflow. Each creates ONE event wait and never cancels it: a cancelled
/// WaitForExternalEvent still swallows the next event of its name (durable-pitfalls.md, item 1), so a
/// reminder loop built on timeouts could lose a reviewer's decision. Timers race the wait and are
/// cancelled when the event wins, so the instance does not linger until they fire.
/// </summary>
public static class ReviewWait
{
    /// <summary>Waits for the decision on this round, reminding reviewers at each interval; null when the review period ends first.</summary>
    public static async Task<ReviewDecisionMessage?> ForDecisionAsync(
        TaskOrchestrationContext context, SubmissionWorkflowInput input, RoundRef round, TaskOptions retry)
    {
        var deadline = context.CurrentUtcDateTime + input.Timings.ReviewPeriod;
        var ticks = new Ticks(context.CurrentUtcDateTime, input.Timings.ReminderInterval);
        var reminders = 0;
        while (context.CurrentUtcDateTime < deadline)
        {
            var decision = context.WaitForExternalEvent<ReviewDecisionMessage>(WorkflowNames.ReviewDecisionEvent);
            var received = await RaceUntilAsync(context, decision, deadline, ticks, async () =>
            {
                reminders++;
                await context.CallActivityAsync<bool>(
                    WorkflowNames.RecordReminder,
                    new ReminderInput(round.SubmissionId, round.Round, reminders, context.CurrentUtcDateTime, round.CityId),
                    retry);
            });

            // A decision about another round can only be a stale retry: ignore it and keep waiting.
            if (received is null || received.Round == round.Round)
            {
                return received;
            }
        }

        return null;
    }

    /// <summary>Waits for the corrected file of the next round; null when the correction period ends first.</summary>
    public static async Task<CorrectedAnswersMessage?> ForCorrectionAsync(
        TaskOrchestrationContext context, SubmissionWorkflowInput input, RoundRef round)
    {
        var deadline = context.CurrentUtcDateTime + input.Timings.CorrectionPeriod;
        while (context.CurrentUtcDateTime < deadline)
        {
            var correction = context.WaitForExternalEvent<CorrectedAnswersMessage>(WorkflowNames.CorrectedAnswersEvent);
            var received = await RaceUntilAsync(context, correction, deadline, ticks: null, onInterval: null);
            if (received is null || received.Round == round.Round + 1)
            {
                return received;
            }
        }

        return null;
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
