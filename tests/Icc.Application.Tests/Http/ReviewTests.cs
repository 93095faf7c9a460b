using Icc.Application.Storage;
using Icc.Application.Workflow;
using Microsoft.DurableTask.Client;

namespace Icc.Application.Tests.Http;

public class ReviewTests
{
    [Fact]
    public async Task Approve_AwaitingReview_ClaimsLogsAndRaises()
    {
        // An approval moves the record to GeneratingReport, logs the decision and tells the workflow, all with one decision id.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview);

        var response = await ApiCalls.ReviewAsync(api, TestKeys.Reviewer, submission.SubmissionId, new { decision = "approve", comment = "Well documented." }, cts.Token);

        Assert.Equal(202, response.Status);
        Assert.Equal(submission.SubmissionId, response.Json.GetProperty("submissionId").GetString());
        Assert.Equal("approve", response.Json.GetProperty("decision").GetString());
        Assert.Equal("GeneratingReport", response.Json.GetProperty("status").GetString());

        var record = api.Submissions.Get(submission.SubmissionId)!;
        Assert.Equal(SubmissionStatus.GeneratingReport, record.Status);
        Assert.Equal(ReviewDecisionKind.Approve, record.Decision);
        Assert.Equal(ApiHarness.Start, record.StageTimes[SubmissionStatus.GeneratingReport]);

        var raised = Assert.Single(api.Client.Raised);
        Assert.Equal(WorkflowNames.ReviewDecisionEvent, raised.Name);
        Assert.Equal(new ReviewDecisionMessage(record.DecisionId!, ReviewDecisionKind.Approve, 1, TestKeys.Reviewer), raised.Payload);

        var entry = Assert.Single(await api.ReviewLog.ListAsync(submission.SubmissionId, cts.Token));
        Assert.Equal(record.DecisionId, entry.EntryId);
        Assert.Equal(ReviewLogKind.Decision, entry.Kind);
        Assert.Equal("Well documented.", entry.Comment);
    }

    [Theory]
    [InlineData("request-changes", SubmissionStatus.ChangesRequested)]
    [InlineData("reject", SubmissionStatus.Rejected)]
    public async Task Decision_AwaitingReview_MovesToItsStatus(string decision, SubmissionStatus expected)
    {
        // Each decision moves the submission to its own status and carries its flags into the log.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview);

        var response = await ApiCalls.ReviewAsync(
            api,
            TestKeys.Admin,
            submission.SubmissionId,
            new { decision, comment = "See flags.", questions = new[] { new { questionId = "COM-01", comment = "Evidence?" } } },
            cts.Token);

        Assert.Equal(202, response.Status);
        Assert.Equal(expected, api.Submissions.Get(submission.SubmissionId)!.Status);
        var flag = Assert.Single(Assert.Single(await api.ReviewLog.ListAsync(submission.SubmissionId, cts.Token)).Questions);
        Assert.Equal(new QuestionFlag("COM-01", "Evidence?"), flag);
    }

    [Fact]
    public async Task RequestChanges_InTheLastRoundAllowed_ConflictNothingChanged()
    {
        // At round MaxRounds (5 by default) no corrected file would be accepted: request-changes is refused with
        // a 409 that says to approve or reject, and nothing is claimed, logged or raised.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview, round: 5);

        var response = await ApiCalls.ReviewAsync(
            api, TestKeys.Reviewer, submission.SubmissionId, new { decision = "request-changes", comment = "One more fix." }, cts.Token);

        Assert.Equal(409, response.Status);
        Assert.True(response.IsProblem);
        Assert.Equal("No further round allowed", response.Json.GetProperty("title").GetString());
        Assert.Contains("Approve or reject", response.Json.GetProperty("detail").GetString());
        Assert.Equal(submission.ETag, api.Submissions.Get(submission.SubmissionId)!.ETag);
        Assert.Empty(await api.ReviewLog.ListAsync(submission.SubmissionId, cts.Token));
        Assert.Empty(api.Client.Raised);

        // One round earlier changes may still be requested.
        var earlier = api.Seed(SubmissionStatus.AwaitingReview, round: 4);
        Assert.Equal(202, (await ApiCalls.ReviewAsync(
            api, TestKeys.Reviewer, earlier.SubmissionId, new { decision = "request-changes", comment = "One more fix." }, cts.Token)).Status);
    }

    [Theory]
    [InlineData(SubmissionStatus.Received)]
    [InlineData(SubmissionStatus.Scoring)]
    [InlineData(SubmissionStatus.ChangesRequested)]
    [InlineData(SubmissionStatus.GeneratingReport)]
    [InlineData(SubmissionStatus.Published)]
    [InlineData(SubmissionStatus.Expired)]
    public async Task Review_NotAwaitingReview_ConflictNothingChanged(SubmissionStatus status)
    {
        // Outside AwaitingReview a decision is refused with the current status, and no event is raised.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(status);

        var response = await ApiCalls.ReviewAsync(api, TestKeys.Reviewer, submission.SubmissionId, new { decision = "approve" }, cts.Token);

        Assert.Equal(409, response.Status);
        Assert.True(response.IsProblem);
        Assert.Contains(status.ToString(), response.Json.GetProperty("detail").GetString());
        Assert.Equal(submission, api.Submissions.Get(submission.SubmissionId));
        Assert.Equal(0, api.Submissions.Updates);
        Assert.Empty(api.Client.Raised);
        Assert.Empty(await api.ReviewLog.ListAsync(submission.SubmissionId, cts.Token));
    }

    [Fact]
    public async Task Review_InstanceNotRunning_ConflictNothingChanged()
    {
        // The record says AwaitingReview but the workflow is gone: no event into the void (pitfall 2).
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview);
        api.Client.SetInstance(submission.SubmissionId, OrchestrationRuntimeStatus.Terminated);

        var response = await ApiCalls.ReviewAsync(api, TestKeys.Reviewer, submission.SubmissionId, new { decision = "approve" }, cts.Token);

        Assert.Equal(409, response.Status);
        Assert.Equal(0, api.Submissions.Updates);
        Assert.Empty(api.Client.Raised);
    }

    [Fact]
    public async Task TwoApprovals_Concurrent_OneAcceptedOneConflict()
    {
        // Two reviewers approving at once: exactly one 202, one 409, one event, one log entry.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview);

        var responses = await Task.WhenAll(
            Task.Run(() => ApiCalls.ReviewAsync(api, TestKeys.Reviewer, submission.SubmissionId, new { decision = "approve" }, cts.Token)),
            Task.Run(() => ApiCalls.ReviewAsync(api, TestKeys.Admin, submission.SubmissionId, new { decision = "approve" }, cts.Token)));

        Assert.Equal([202, 409], responses.Select(r => r.Status).Order());
        Assert.True(responses.Single(r => r.Status == 409).IsProblem);
        Assert.Single(api.Client.Raised);
        Assert.Single(await api.ReviewLog.ListAsync(submission.SubmissionId, cts.Token));
        Assert.Equal(1, api.Submissions.Updates);
    }

    [Fact]
    public async Task Review_RaiseFails_RolledBackServiceUnavailable()
    {
        // When the workflow cannot be told, the claim is undone and the reviewer may retry.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview);
        api.Client.FailNextRaise = new HttpRequestException("sidecar unreachable");

        var response = await ApiCalls.ReviewAsync(api, TestKeys.Reviewer, submission.SubmissionId, new { decision = "approve", comment = "first try" }, cts.Token);

        Assert.Equal(503, response.Status);
        Assert.True(response.IsProblem);
        var record = api.Submissions.Get(submission.SubmissionId)!;
        Assert.Equal(SubmissionStatus.AwaitingReview, record.Status);
        Assert.Null(record.DecisionId);
        var status = await ApiCalls.StatusAsync(api, TestKeys.Reviewer, submission.SubmissionId, cts.Token);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, status.Json.GetProperty("review").GetProperty("decision").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, status.Json.GetProperty("review").GetProperty("comment").ValueKind);

        var retry = await ApiCalls.ReviewAsync(api, TestKeys.Reviewer, submission.SubmissionId, new { decision = "approve" }, cts.Token);
        Assert.Equal(202, retry.Status);
        Assert.Single(api.Client.Raised);
    }

    public static TheoryData<string, object> InvalidBodies() => new()
    {
        { "/decision", new { comment = "no decision" } },
        { "/decision", new { decision = "maybe" } },
        { "/comment", new { decision = "approve", comment = new string('x', 4_001) } },
        { "/questions", new { decision = "request-changes", questions = Enumerable.Range(0, 101).Select(_ => new { questionId = "COM-01", comment = "x" }).ToArray() } },
        { "/questions/0/questionId", new { decision = "request-changes", questions = new[] { new { questionId = "XYZ-99", comment = "x" } } } },
        { "/questions/1/questionId", new { decision = "request-changes", questions = new[] { new { questionId = "COM-01", comment = "a" }, new { questionId = "COM-01", comment = "b" } } } },
        { "/questions/0/comment", new { decision = "request-changes", questions = new[] { new { questionId = "COM-01", comment = new string('x', 4_001) } } } },
        { "/comment", new { decision = "request-changes" } },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Review_InvalidBody_BadRequestWithIssues(string field, object body)
    {
        // Each mistake in a decision is a 400 whose issues name the field; nothing is claimed.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview);

        var response = await ApiCalls.ReviewAsync(api, TestKeys.Reviewer, submission.SubmissionId, body, cts.Token);

        Assert.Equal(400, response.Status);
        Assert.True(response.IsProblem);
        var issues = response.Json.GetProperty("issues").EnumerateArray().ToList();
        Assert.Contains(issues, i => i.GetProperty("field").GetString() == field && i.GetProperty("message").GetString()!.Length > 0);
        Assert.Equal(0, api.Submissions.Updates);
        Assert.Empty(api.Client.Raised);
    }

    [Fact]
    public async Task Review_MalformedJson_BadRequest()
    {
        // A body that is not JSON gets a 400 with an example of what to send.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview);
        var request = api.Request("POST", TestKeys.Reviewer).WithBody("{\"decision\": "u8.ToArray(), "application/json");

        var response = await request.ExecuteAsync(await api.Review.HandleAsync(request.Http, submission.SubmissionId, api.Client, cts.Token));

        Assert.Equal(400, response.Status);
        Assert.True(response.IsProblem);
        Assert.Contains("decision", response.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Review_NotJson_UnsupportedMediaType()
    {
        // A decision must be sent as JSON.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview);
        var request = api.Request("POST", TestKeys.Reviewer).WithBody("decision=approve"u8.ToArray(), "application/x-www-form-urlencoded");

        var response = await request.ExecuteAsync(await api.Review.HandleAsync(request.Http, submission.SubmissionId, api.Client, cts.Token));

        Assert.Equal(415, response.Status);
    }

    [Theory]
    [InlineData("s-123")]
    [InlineData("../s-00000000000000000000000000000000")]
    [InlineData("s-00000000000000000000000000000000")]
    public async Task Review_UnknownOrMalformedId_NotFound(string submissionId)
    {
        // Malformed ids never reach storage and, like unknown ones, are 404.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.ReviewAsync(api, TestKeys.Reviewer, submissionId, new { decision = "approve" }, cts.Token);

        Assert.Equal(404, response.Status);
        Assert.True(response.IsProblem);
    }
}
