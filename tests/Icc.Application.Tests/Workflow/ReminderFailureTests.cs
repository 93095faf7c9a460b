using Icc.Application.Storage;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Workflow;

public sealed class ReminderFailureTests
{
    [Fact]
    public async Task Reminder_FailingEveryAttempt_DoesNotFailTheSubmission()
    {
        // Every reminder fails; once the first has used up its five attempts the workflow keeps waiting (the
        // sixth attempt is the second reminder), and the reviewer's approval still publishes the submission.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var failing = new FailingReminders { AttemptsToSignal = 6 };
        var review = new ReviewOptions { ReminderInterval = TimeSpan.FromSeconds(1), ReviewPeriod = TimeSpan.FromMinutes(5) };
        await using var host = await WorkflowHost.StartAsync(review, services => services.AddSingleton<IReviewLog>(sp => failing.Wrap(sp)));
        var intake = await host.UploadAsync("asan", Samples.Valid(), cts.Token);

        await failing.AttemptsReached.Task.WaitAsync(cts.Token);
        Assert.Equal(SubmissionStatus.AwaitingReview, (await host.Submissions.FindAsync(intake.SubmissionId, cts.Token))!.Status);
        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "approve", cts.Token));

        Assert.Equal(new SubmissionOutcome(SubmissionStatus.Published, 1), await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token));
    }
}
