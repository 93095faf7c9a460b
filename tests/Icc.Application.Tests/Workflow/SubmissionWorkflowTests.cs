using Icc.Application.Benchmarks;
using Icc.Domain.Benchmarking.Sample;
using Icc.Application.Storage;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Workflow;
using Icc.Application.Tests.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Tests.Workflow;

public sealed class SubmissionWorkflowTests
{
    private static CancellationTokenSource Timeout(int seconds = 60) => new(TimeSpan.FromSeconds(seconds));

    private static async Task<(int Status, string SubmissionId)> UploadAsync(WorkflowHost host, byte[] content, CancellationToken cancellationToken)
    {
        var upload = await host.UploadAsync("asan", content, cancellationToken);
        Assert.Equal(202, upload.Status);
        return upload;
    }

    [Fact]
    public async Task ValidFile_Approved_IsPublishedWithOneReport()
    {
        // The main path: upload, validation, scoring, review, approval, report, publication.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();
        var intake = await UploadAsync(host, Samples.Valid(), cts.Token);
        var awaiting = await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);
        Assert.Equal(87, awaiting.Index);
        Assert.Equal(DefaultSample.Version, awaiting.BenchmarkVersion);

        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "approve", cts.Token));
        var outcome = await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token);

        Assert.Equal(new SubmissionOutcome(SubmissionStatus.Published, 1), outcome);

        // Histories are written with the hosts' JSON options (statuses by name), not the SDK's default converter.
        var metadata = await host.Client.GetInstanceAsync(intake.SubmissionId, getInputsAndOutputs: true, cts.Token);
        Assert.Equal("""{"status":"Published","rounds":1}""", metadata!.SerializedOutput);
        var blobs = host.Services.GetRequiredService<ISubmissionBlobs>();
        Assert.Equal([StorageNames.ReportBlob("asan", intake.SubmissionId)], await blobs.ListReportsAsync("asan", cts.Token));
        var pdf = await blobs.ReadReportAsync("asan", intake.SubmissionId, cts.Token);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf!, 0, 4));
        Assert.True((await host.Services.GetRequiredService<IScorecardStore>().FindAsync(intake.SubmissionId, cts.Token))!.Published);
        Assert.Equal(SubmissionStatus.Published, (await host.Submissions.FindAsync(intake.SubmissionId, cts.Token))!.Status);

        // Publishing replaces the city's result in the set the next recomputation reads.
        var published = new List<PublishedResult>();
        await foreach (var page in host.Services.GetRequiredService<IPublishedResults>().ReadPagesAsync(1000, cts.Token))
        {
            published.AddRange(page);
        }

        Assert.Equal(129, published.Count);
        Assert.Equal(intake.SubmissionId, Assert.Single(published, p => p.Entry.CityId == "asan").SubmissionId);
    }

    [Fact]
    public async Task ChangesRequested_CorrectedFile_IsValidatedAgainAndApproved()
    {
        // Request changes, the city sends a corrected file, the same instance validates and scores it again.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();
        var intake = await UploadAsync(host, Samples.Valid(), cts.Token);
        await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);

        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "request-changes", cts.Token, new { questionId = "LNG-01", comment = "Training for hard-to-reach groups?" }));
        await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.ChangesRequested, cts.Token);
        Assert.Equal(202, await host.CorrectAsync(intake.SubmissionId, Samples.Corrected("LNG-01", "yes"), cts.Token));

        var second = await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);
        Assert.Equal(2, second.Round);
        var language = (await host.Services.GetRequiredService<IScorecardStore>().FindAsync(intake.SubmissionId, cts.Token))!.Scorecard.Area("language");
        Assert.Equal(66, language.Rate); // 34 of 51 points once LNG-01 is achieved

        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "approve", cts.Token));
        Assert.Equal(new SubmissionOutcome(SubmissionStatus.Published, 2), await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token));
        var log = await host.Services.GetRequiredService<IReviewLog>().ListAsync(intake.SubmissionId, cts.Token);
        Assert.Equal([ReviewLogKind.Decision, ReviewLogKind.Correction, ReviewLogKind.Decision], log.Select(e => e.Kind));
    }

    [Fact]
    public async Task ValidFile_Rejected_EndsRejectedWithoutReport()
    {
        // A reviewer's rejection closes the submission; no report is drawn.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();
        var intake = await UploadAsync(host, Samples.Valid(), cts.Token);
        await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);
        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "reject", cts.Token));

        Assert.Equal(new SubmissionOutcome(SubmissionStatus.Rejected, 1), await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token));
        Assert.Empty(await host.Services.GetRequiredService<ISubmissionBlobs>().ListReportsAsync("asan", cts.Token));
    }

    [Fact]
    public async Task InvalidFile_Uploaded_IsRejectedWithItsValidationReport()
    {
        // A first file with errors is rejected, and the validation report says why.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();
        var intake = await UploadAsync(host, Samples.Invalid(), cts.Token);

        Assert.Equal(SubmissionStatus.Rejected, (await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token)).Status);
        var record = (await host.Submissions.FindAsync(intake.SubmissionId, cts.Token))!;
        Assert.Equal(1, record.ErrorCount);
        var report = await host.Services.GetRequiredService<ISubmissionBlobs>().ReadValidationReportAsync("asan", intake.SubmissionId, 1, cts.Token);
        Assert.Equal("answer-invalid-option", Assert.Single(report!.Errors).Code);
    }

    [Fact]
    public async Task NoDecision_WithinTheReviewPeriod_ExpiresAfterReminders()
    {
        // Reminders every second and a 3.5 s review period: three reminders, then the submission expires.
        using var cts = Timeout();
        var review = new ReviewOptions { ReminderInterval = TimeSpan.FromSeconds(1), ReviewPeriod = TimeSpan.FromSeconds(3.5) };
        await using var host = await WorkflowHost.StartAsync(review);
        var intake = await UploadAsync(host, Samples.Valid(), cts.Token);

        Assert.Equal(SubmissionStatus.Expired, (await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token)).Status);
        var log = await host.Services.GetRequiredService<IReviewLog>().ListAsync(intake.SubmissionId, cts.Token);
        Assert.Equal(3, log.Count(e => e.Kind == ReviewLogKind.Reminder));
        Assert.Equal(SubmissionStatus.Expired, (await host.Submissions.FindAsync(intake.SubmissionId, cts.Token))!.Status);
    }

    [Fact]
    public async Task ActivityFailure_FirstAttempt_IsRetriedAndSucceeds()
    {
        // Storing the scorecard fails once; the retry policy runs the activity again and the workflow goes on.
        using var cts = Timeout();
        var flaky = new FlakyScorecards();
        await using var host = await WorkflowHost.StartAsync(replace: services => services.AddSingleton<IScorecardStore>(sp => flaky.Wrap(sp)));
        var intake = await UploadAsync(host, Samples.Valid(), cts.Token);

        var awaiting = await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);
        Assert.Equal(2, flaky.Attempts); // one simulated failure, one successful retry
        Assert.Equal(87, awaiting.Index);
    }

    [Fact]
    public async Task Decision_ArrivingWhileAReminderIsBeingRecorded_IsNotLost()
    {
        // The reminder activity is held open while the reviewer approves: the decision must still win.
        using var cts = Timeout();
        var gate = new ReminderGate();
        var review = new ReviewOptions { ReminderInterval = TimeSpan.FromSeconds(1), ReviewPeriod = TimeSpan.FromMinutes(5) };
        await using var host = await WorkflowHost.StartAsync(review, services => services.AddSingleton<IReviewLog>(sp => gate.Wrap(sp)));
        var intake = await UploadAsync(host, Samples.Valid(), cts.Token);
        await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);

        await gate.ReminderStarted.Task.WaitAsync(cts.Token);
        Assert.Equal(202, await host.DecideAsync(intake.SubmissionId, "approve", cts.Token));
        gate.Release();

        Assert.Equal(SubmissionStatus.Published, (await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token)).Status);
    }

    [Fact]
    public async Task SameBytes_UploadedTwiceAtOnce_StartOneOrchestration()
    {
        // Two simultaneous uploads of one file give one submission id, and only one start creates the instance:
        // the other finds it (dedupe), and a later upload of the same bytes neither restarts nor replaces it.
        using var cts = Timeout();
        var logs = new CapturingLoggerProvider();
        await using var host = await WorkflowHost.StartAsync(replace: services => services.AddSingleton<ILoggerProvider>(logs));
        var bytes = Samples.Valid();
        var results = await Task.WhenAll(
            host.UploadAsync("asan", bytes, cts.Token),
            host.UploadAsync("asan", bytes, cts.Token));

        Assert.All(results, r => Assert.Equal(202, r.Status));
        Assert.Equal(results[0].SubmissionId, results[1].SubmissionId);
        var id = results[0].SubmissionId;
        await host.WaitForStatusAsync(id, SubmissionStatus.AwaitingReview, cts.Token);

        // Read once the instance runs: the test host reports a pending instance's creation time slightly differently.
        var created = (await host.Client.GetInstanceAsync(id, cts.Token))!.CreatedAt;

        Assert.Equal((202, id), await host.UploadAsync("asan", bytes, cts.Token));
        var instance = (await host.Client.GetInstanceAsync(id, cts.Token))!;
        Assert.Single(logs.Logs, l => l.Template == "Started the workflow of submission {SubmissionId}");
        Assert.Equal(created, instance.CreatedAt);
        Assert.Equal(Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Running, instance.RuntimeStatus);
        Assert.Equal(SubmissionStatus.AwaitingReview, (await host.Submissions.FindAsync(id, cts.Token))!.Status);
        Assert.Single(logs.Logs, l => l.Template == "Started the workflow of submission {SubmissionId}");
    }

    [Fact]
    public async Task Review_WhenNotAwaitingReview_IsRefusedAndChangesNothing()
    {
        // A decision on a submission that is not awaiting review is refused and leaves it untouched.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();
        var intake = await UploadAsync(host, Samples.Invalid(), cts.Token);
        await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token);
        var before = await host.Submissions.FindAsync(intake.SubmissionId, cts.Token);

        Assert.Equal(409, await host.DecideAsync(intake.SubmissionId, "approve", cts.Token));
        var after = await host.Submissions.FindAsync(intake.SubmissionId, cts.Token);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal(SubmissionStatus.Rejected, after.Status);
        Assert.Empty(await host.Services.GetRequiredService<IReviewLog>().ListAsync(intake.SubmissionId, cts.Token));
    }

    [Fact]
    public async Task TwoReviewers_ApprovingAtOnce_GiveOneDecision()
    {
        // Two simultaneous approvals: exactly one is accepted, one is refused, one decision is logged.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();
        var intake = await UploadAsync(host, Samples.Valid(), cts.Token);
        await host.WaitForStatusAsync(intake.SubmissionId, SubmissionStatus.AwaitingReview, cts.Token);

        var outcomes = await Task.WhenAll(
            host.DecideAsync(intake.SubmissionId, "approve", cts.Token),
            host.DecideAsync(intake.SubmissionId, "approve", cts.Token));

        Assert.Single(outcomes, o => o == 202);
        Assert.Single(outcomes, o => o == 409);
        Assert.Equal(SubmissionStatus.Published, (await host.WaitForOutcomeAsync(intake.SubmissionId, cts.Token)).Status);
        var log = await host.Services.GetRequiredService<IReviewLog>().ListAsync(intake.SubmissionId, cts.Token);
        Assert.Single(log, e => e.Kind == ReviewLogKind.Decision);
    }
}
