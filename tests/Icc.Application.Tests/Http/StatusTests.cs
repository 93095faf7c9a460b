using System.Text.Json;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Icc.Domain.Scoring;
using Icc.Domain.Validation;

namespace Icc.Application.Tests.Http;

public class StatusTests
{
    private static readonly CityProfile Asan = new("Asan City", "Republic of Korea", null, 2024, 389_354, 10.1m, null, [], null, null);

    [Fact]
    public async Task Status_NewUpload_DocumentHasEveryFieldEmpty()
    {
        // Right after an upload the document has its full shape with nothing filled in yet.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var upload = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", ApiCalls.AnswerFile(), "application/json", cts.Token);
        var id = upload.Json.GetProperty("submissionId").GetString()!;

        var response = await ApiCalls.StatusAsync(api, TestKeys.CityAsan, id, cts.Token);

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        var json = response.Json;
        Assert.Equal(
            ["submissionId", "cityId", "status", "stage", "round", "validation", "scores", "review", "benchmarkVersion", "reportUrl", "stageTimes"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Received", json.GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("round").GetInt32());
        Assert.Empty(json.GetProperty("validation").GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("scores").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("reportUrl").ValueKind);
        Assert.Equal(
            ["decision", "comment", "flags", "history", "changedAnswers"],
            json.GetProperty("review").EnumerateObject().Select(p => p.Name));
        Assert.Empty(json.GetProperty("review").GetProperty("changedAnswers").EnumerateArray());
        Assert.Equal(ApiHarness.Start, json.GetProperty("stageTimes").GetProperty("Received").GetDateTimeOffset());
    }

    [Fact]
    public async Task Status_AfterCorrection_ShowsReviewValidationScoresAndChangedAnswers()
    {
        // Round 1 reviewed with a request for changes, round 2 uploaded and processed: the document shows all of it.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.AwaitingReview);
        var id = submission.SubmissionId;
        await api.Answers.SaveAsync(id, 1, new AnswerSheet("icc-2019", Asan, [Answer.Choice("COM-01", "old evidence", "no"), Answer.Numeric("EDU-06", 5m)]), cts.Token);

        api.Clock.Advance(TimeSpan.FromDays(1));
        var decision = await ApiCalls.ReviewAsync(
            api,
            TestKeys.Reviewer,
            id,
            new { decision = "request-changes", comment = "Please check COM-01.", questions = new[] { new { questionId = "COM-01", comment = "Is there a council decision?" } } },
            cts.Token);
        Assert.Equal(202, decision.Status);

        api.Clock.Advance(TimeSpan.FromDays(2));
        var correction = await ApiCalls.CorrectAsync(api, TestKeys.CityAsan, id, ApiCalls.AnswerFile("round 2"), "application/json", cts.Token);
        Assert.Equal(202, correction.Status);

        // What the workflow does with round 2: stores answers, validation and scores, then opens the review.
        await api.Answers.SaveAsync(id, 2, new AnswerSheet("icc-2019", Asan, [Answer.Choice("COM-01", "The council endorsed the strategy.", "yes"), Answer.Numeric("EDU-06", 5m)]), cts.Token);
        var warning = new ValidationIssue(IssueCodes.EvidenceMissing, Severity.Warning, "EDU-06", SourceLocation.Json("/answers/1"), "Add evidence.");
        await api.Blobs.SaveValidationReportAsync("asan", id, 2, new ValidationReport(2, true, [], [warning]), cts.Token);
        await api.Scorecards.SaveAsync(new StoredScorecard(id, "asan", 2, Asan, new Scorecard("icc-2019", "Asan City", 64, 61, 70, 68, [], []), false, api.Clock.GetUtcNow()), cts.Token);
        var current = api.Submissions.Get(id)!;
        api.Clock.Advance(TimeSpan.FromHours(1));
        await api.Submissions.UpdateAsync(current.MovedTo(SubmissionStatus.AwaitingReview, api.Clock.GetUtcNow()) with { BenchmarkVersion = "benchmarks-20250301" }, cts.Token);

        var response = await ApiCalls.StatusAsync(api, TestKeys.CityAsan, id, cts.Token);

        Assert.Equal(200, response.Status);
        var json = response.Json;
        Assert.Equal("AwaitingReview", json.GetProperty("status").GetString());
        Assert.Equal("Waiting for the secretariat's review", json.GetProperty("stage").GetString());
        Assert.Equal(2, json.GetProperty("round").GetInt32());
        Assert.Equal("benchmarks-20250301", json.GetProperty("benchmarkVersion").GetString());

        var issue = Assert.Single(json.GetProperty("validation").GetProperty("warnings").EnumerateArray());
        Assert.Equal("evidence-missing", issue.GetProperty("code").GetString());
        Assert.Equal("warning", issue.GetProperty("severity").GetString());
        Assert.Equal("/answers/1", issue.GetProperty("location").GetProperty("pointer").GetString());

        var scores = json.GetProperty("scores");
        Assert.Equal("icc-2019", scores.GetProperty("questionnaire").GetString());
        Assert.Equal(64, scores.GetProperty("index").GetInt32());

        var review = json.GetProperty("review");
        Assert.Equal("request-changes", review.GetProperty("decision").GetString());
        Assert.Equal("Please check COM-01.", review.GetProperty("comment").GetString());
        var flag = Assert.Single(review.GetProperty("flags").EnumerateArray());
        Assert.Equal("COM-01", flag.GetProperty("questionId").GetString());
        Assert.Equal("Is there a council decision?", flag.GetProperty("comment").GetString());
        Assert.Equal(["decision", "correction"], review.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("correction-2", review.GetProperty("history")[1].GetProperty("entryId").GetString());

        var change = Assert.Single(review.GetProperty("changedAnswers").EnumerateArray());
        Assert.Equal("COM-01", change.GetProperty("questionId").GetString());
        Assert.Equal("no", change.GetProperty("before").GetProperty("options")[0].GetString());
        Assert.Equal("yes", change.GetProperty("after").GetProperty("options")[0].GetString());
        Assert.True(change.GetProperty("valueChanged").GetBoolean());
        Assert.True(change.GetProperty("evidenceChanged").GetBoolean());

        var stageTimes = json.GetProperty("stageTimes");
        Assert.Equal(ApiHarness.Start.AddDays(1), stageTimes.GetProperty("ChangesRequested").GetDateTimeOffset());
        Assert.Equal(ApiHarness.Start.AddDays(3), stageTimes.GetProperty("Received").GetDateTimeOffset());
        Assert.Equal(ApiHarness.Start.AddDays(3).AddHours(1), stageTimes.GetProperty("AwaitingReview").GetDateTimeOffset());
    }

    [Fact]
    public async Task Status_Published_HasReportUrl()
    {
        // A published submission links to its report.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.Published);

        var response = await ApiCalls.StatusAsync(api, TestKeys.Reviewer, submission.SubmissionId, cts.Token);

        Assert.Equal($"/api/submissions/{submission.SubmissionId}/report", response.Json.GetProperty("reportUrl").GetString());
    }

    [Fact]
    public async Task CityList_SeveralSubmissions_NewestFirst()
    {
        // A city sees its own submissions, newest first, and none of another city's.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var older = api.Seed(SubmissionStatus.Published);
        api.Clock.Advance(TimeSpan.FromDays(30));
        var newer = api.Seed(SubmissionStatus.AwaitingReview);
        api.Seed(SubmissionStatus.AwaitingReview, cityId: "bern");
        var request = api.Request("GET", TestKeys.CityAsan);

        var response = await request.ExecuteAsync(await api.CitySubmissions.HandleAsync(request.Http, "asan", cts.Token));

        Assert.Equal(200, response.Status);
        var items = response.Json.EnumerateArray().ToList();
        Assert.Equal([newer.SubmissionId, older.SubmissionId], items.Select(i => i.GetProperty("submissionId").GetString()));
        Assert.Equal(
            ["submissionId", "status", "round", "createdAt", "updatedAt", "index"],
            items[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Pending_SeveralWaiting_OldestFirstWithCity()
    {
        // The review queue lists only submissions awaiting review, the longest waiting first.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var first = api.Seed(SubmissionStatus.AwaitingReview, cityId: "bern");
        api.Clock.Advance(TimeSpan.FromHours(5));
        var second = api.Seed(SubmissionStatus.AwaitingReview);
        api.Seed(SubmissionStatus.Scoring);
        var request = api.Request("GET", TestKeys.Reviewer);

        var response = await request.ExecuteAsync(await api.PendingReviews.HandleAsync(request.Http, cts.Token));

        Assert.Equal(200, response.Status);
        var items = response.Json.EnumerateArray().ToList();
        Assert.Equal([first.SubmissionId, second.SubmissionId], items.Select(i => i.GetProperty("submissionId").GetString()));
        Assert.Equal("bern", items[0].GetProperty("cityId").GetString());
        Assert.Equal("Asan City", items[1].GetProperty("cityName").GetString());
        Assert.Equal(ApiHarness.Start, items[0].GetProperty("waitingSince").GetDateTimeOffset());
    }

    [Fact]
    public async Task Questionnaire_AnyKey_CurrentQuestionnaireAsJson()
    {
        // The questionnaire endpoint serves the current version with its questions.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.CallAsync(api, Endpoint.Questionnaire, TestKeys.CityBern, string.Empty, cts.Token);

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        Assert.Equal("icc-2019", response.Json.GetProperty("id").GetString());
        Assert.Contains(response.Json.GetProperty("questions").EnumerateArray(), q => q.GetProperty("id").GetString() == "COM-01");
    }

    [Fact]
    public async Task Health_NoKey_Healthy()
    {
        // The liveness probe needs no key.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.CallAsync(api, Endpoint.Health, null, string.Empty, cts.Token);

        Assert.Equal(200, response.Status);
        Assert.Equal("healthy", response.Json.GetProperty("status").GetString());
    }
}
