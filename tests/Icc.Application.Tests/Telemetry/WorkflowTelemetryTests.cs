using Icc.Application.Benchmarks;
using Icc.Application.Review;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Workflow;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Tests.Telemetry;

[Collection(nameof(TelemetryCollection))]
public sealed class WorkflowTelemetryTests
{
    private static CancellationTokenSource Timeout() => new(TimeSpan.FromSeconds(90));

    private static Task<WorkflowHost> StartAsync(CapturingLoggerProvider logs) =>
        WorkflowHost.StartAsync(replace: services => services.AddSingleton<ILoggerProvider>(logs));

    // Upload the valid sample, wait for review, decide, and wait for the orchestration to end.
    private static async Task<string> RunAsync(WorkflowHost host, string decision, CancellationToken cancellationToken)
    {
        var upload = await host.UploadAsync("asan", Samples.Valid(), cancellationToken);
        Assert.Equal(202, upload.Status);
        await host.WaitForStatusAsync(upload.SubmissionId, SubmissionStatus.AwaitingReview, cancellationToken);
        Assert.Equal(202, await host.DecideAsync(upload.SubmissionId, decision, cancellationToken));
        await host.WaitForOutcomeAsync(upload.SubmissionId, cancellationToken);
        return upload.SubmissionId;
    }

    [Fact]
    public async Task ApprovedSubmission_FullRun_EmitsOneSpanPerActivityWithSubmissionAndCity()
    {
        // Every activity run of a published submission is one Icc.Workflow span tagged with the submission, city and activity.
        using var cts = Timeout();
        using var recorder = new TelemetryRecorder();
        await using var host = await StartAsync(new CapturingLoggerProvider());
        var submissionId = await RunAsync(host, "approve", cts.Token);

        var spans = recorder.SpansOf(submissionId);
        Assert.Equal(
            [WorkflowNames.ValidateSubmission, WorkflowNames.ScoreSubmission, WorkflowNames.CompareWithBenchmark, WorkflowNames.GenerateReport],
            spans.Select(s => s.DisplayName));
        Assert.All(spans, span =>
        {
            Assert.Equal(WorkflowTracing.SourceName, span.Source.Name);
            Assert.Equal("asan", span.GetTagItem(WorkflowTracing.CityIdTag));
            Assert.Equal(1, span.GetTagItem(WorkflowTracing.RoundTag));
            Assert.Equal(span.DisplayName, span.GetTagItem(WorkflowTracing.ActivityTag));
        });
    }

    [Fact]
    public async Task ApprovedSubmission_FullRun_CountsEachStatusOncePerTransition()
    {
        // Received, Validating, Scoring, AwaitingReview, GeneratingReport (by the reviewer; the report activity's own move is no transition), Published.
        using var cts = Timeout();
        using var recorder = new TelemetryRecorder();
        await using var host = await StartAsync(new CapturingLoggerProvider());
        await RunAsync(host, "approve", cts.Token);

        var counted = recorder.Of("icc.submission.status_transitions")
            .GroupBy(m => (string)m.Tags[WorkflowMetrics.StatusTag]!)
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        string[] expected = ["Received", "Validating", "Scoring", "AwaitingReview", "GeneratingReport", "Published"];
        Assert.Equal(expected.Order(), counted.Keys.Order());
        Assert.All(counted.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task RejectedSubmission_ClosedByTheWorkflowToo_CountsRejectedOnce()
    {
        // The reviewer's rejection moves the status; the close activity that follows finds it final and counts nothing.
        using var cts = Timeout();
        using var recorder = new TelemetryRecorder();
        await using var host = await StartAsync(new CapturingLoggerProvider());
        var submissionId = await RunAsync(host, "reject", cts.Token);

        Assert.Contains(recorder.SpansOf(submissionId), s => s.DisplayName == WorkflowNames.CloseSubmission);
        Assert.Single(recorder.Of("icc.submission.status_transitions"), m => (string?)m.Tags[WorkflowMetrics.StatusTag] == "Rejected");
    }

    [Fact]
    public async Task ApprovedSubmission_FullRun_RecordsReviewWaitRenderTimeAndActivityDurations()
    {
        // One review wait tagged with the decision, one report render, one duration per activity run.
        using var cts = Timeout();
        using var recorder = new TelemetryRecorder();
        await using var host = await StartAsync(new CapturingLoggerProvider());
        await RunAsync(host, "approve", cts.Token);

        var wait = Assert.Single(recorder.Of("icc.review.wait"));
        Assert.True(wait.Value >= 0);
        Assert.Equal(nameof(ReviewDecisionKind.Approve), wait.Tags[WorkflowMetrics.DecisionTag]);
        Assert.True(Assert.Single(recorder.Of("icc.report.render.duration")).Value > 0);
        Assert.Equal(
            [WorkflowNames.CompareWithBenchmark, WorkflowNames.GenerateReport, WorkflowNames.ScoreSubmission, WorkflowNames.ValidateSubmission],
            recorder.Of("icc.activity.duration").Select(m => (string)m.Tags[WorkflowTracing.ActivityTag]!).Order());
    }

    [Fact]
    public async Task ActivityLogs_FullRun_CarrySubmissionAndCityInScope()
    {
        // The lines written while an activity runs, in the activity's category, carry SubmissionId, CityId and Round from the runner's scope.
        using var cts = Timeout();
        var logs = new CapturingLoggerProvider();
        await using var host = await StartAsync(logs);
        var submissionId = await RunAsync(host, "approve", cts.Token);

        var activityLines = logs.Logs.Where(l => l.Template == "Activity {Activity} completed in {ElapsedMs:F0} ms").ToList();
        Assert.Equal(
            [typeof(Comparison.CompareWithBenchmarkActivity).FullName, typeof(Reporting.GenerateReportActivity).FullName, typeof(Scoring.ScoreSubmissionActivity).FullName, typeof(Validation.ValidateSubmissionActivity).FullName],
            activityLines.Select(l => l.Category).Order());
        Assert.All(activityLines, line =>
        {
            Assert.Equal(submissionId, line.Scope["SubmissionId"]);
            Assert.Equal("asan", line.Scope["CityId"]);
            Assert.Equal(1, line.Scope["Round"]);
        });
    }

    [Fact]
    public async Task HandlerLogs_UploadAndReview_CarryTheRouteIdsInScope()
    {
        // The upload's line carries the route's CityId, the review's line the route's SubmissionId.
        using var cts = Timeout();
        var logs = new CapturingLoggerProvider();
        await using var host = await StartAsync(logs);
        var submissionId = await RunAsync(host, "approve", cts.Token);

        var review = Assert.Single(logs.Logs, l => l.Category == typeof(ReviewHandler).FullName && l.Level == LogLevel.Information);
        Assert.Equal(submissionId, review.Scope["SubmissionId"]);
        var upload = Assert.Single(logs.Logs, l => l.Category == typeof(Upload.UploadHandler).FullName && l.Level == LogLevel.Information);
        Assert.Equal("asan", upload.Scope["CityId"]);
    }

    [Fact]
    public async Task OrchestratorLogs_FullRun_AreWrittenOnceDespiteReplays()
    {
        // The orchestrator replays after every activity and event; its replay-safe lines appear once each, in stage order.
        using var cts = Timeout();
        var logs = new CapturingLoggerProvider();
        await using var host = await StartAsync(logs);
        var submissionId = await RunAsync(host, "approve", cts.Token);

        var lines = logs.Logs.Where(l => l.Category == nameof(SubmissionOrchestration)).ToList();
        var prefix = $"Submission {submissionId} of city asan: round 1 ";
        Assert.Equal(
            ["Validating", "Scoring", "AwaitingReview", "decided Approve by", "GeneratingReport", "Published"],
            lines.Select(l => l.Message.StartsWith(prefix, StringComparison.Ordinal) ? l.Message[prefix.Length..] : l.Message)
                .Select(rest => rest.StartsWith("decided ", StringComparison.Ordinal) ? rest[..rest.LastIndexOf(' ')] : rest));

        // Structured templates, never interpolated strings: the ids stay separate fields in the exported logs.
        Assert.All(lines, line => Assert.StartsWith("Submission {SubmissionId} of city {CityId}: round {Round} ", line.Template));
    }

    [Fact]
    public async Task BenchmarkRecomputation_Run_LogsEachStepOnceAndTimesTheComputation()
    {
        // The recomputation's replay-safe lines appear once each; the computation's duration is recorded once.
        using var cts = Timeout();
        using var recorder = new TelemetryRecorder();
        var logs = new CapturingLoggerProvider();
        await using var host = await StartAsync(logs);
        var run = await host.Services.GetRequiredService<RecomputeStarter>().StartOrGetAsync(host.Client, "test", cts.Token);
        var done = await host.Client.WaitForInstanceCompletionAsync(run.InstanceId, getInputsAndOutputs: true, cts.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);

        var lines = logs.Logs.Where(l => l.Category == nameof(BenchmarkRecomputation)).Select(l => l.Template).ToList();
        Assert.Equal(
            [
                "Benchmark {Version}: computing (requested by {RequestedBy})",
                "Benchmark {Version}: computed from {Cities} cities, promoting",
                "Benchmark {Version}: current",
            ],
            lines);
        Assert.Single(recorder.Of("icc.benchmark.compute.duration"));
    }
}
