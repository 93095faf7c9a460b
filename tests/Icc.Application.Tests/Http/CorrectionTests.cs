using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Answers;

namespace Icc.Application.Tests.Http;

public class CorrectionTests
{
    [Fact]
    public async Task Correction_ChangesRequested_NextRoundStoredClaimedAndRaised()
    {
        // A corrected file becomes round 2: stored, claimed on the record, logged and announced to the workflow.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.ChangesRequested);
        var file = ApiCalls.AnswerFile("corrected");

        var response = await ApiCalls.CorrectAsync(api, TestKeys.CityAsan, submission.SubmissionId, file, "text/csv", cts.Token);

        Assert.Equal(202, response.Status);
        Assert.Equal($"/api/submissions/{submission.SubmissionId}", response.Headers.Location.ToString());
        Assert.Equal("Received", response.Json.GetProperty("status").GetString());
        Assert.Equal(submission.SubmissionId, response.Json.GetProperty("submissionId").GetString());

        var record = api.Submissions.Get(submission.SubmissionId)!;
        Assert.Equal(2, record.Round);
        Assert.Equal(SubmissionStatus.Received, record.Status);
        Assert.Equal(AnswerFileFormat.Csv, record.Format);
        Assert.Equal(file, await api.Blobs.ReadUploadAsync("asan", submission.SubmissionId, 2, AnswerFileFormat.Csv, cts.Token));

        var raised = Assert.Single(api.Client.Raised);
        Assert.Equal(WorkflowNames.CorrectedAnswersEvent, raised.Name);
        Assert.Equal(new CorrectedAnswersMessage(2, AnswerFileFormat.Csv), raised.Payload);

        var entry = Assert.Single(await api.ReviewLog.ListAsync(submission.SubmissionId, cts.Token));
        Assert.Equal("correction-2", entry.EntryId);
        Assert.Equal(ReviewLogKind.Correction, entry.Kind);
        Assert.Equal(TestKeys.CityAsan, entry.Actor);
    }

    [Theory]
    [InlineData(SubmissionStatus.Received)]
    [InlineData(SubmissionStatus.AwaitingReview)]
    [InlineData(SubmissionStatus.GeneratingReport)]
    [InlineData(SubmissionStatus.Published)]
    [InlineData(SubmissionStatus.Rejected)]
    public async Task Correction_NotChangesRequested_ConflictNamingStatus(SubmissionStatus status)
    {
        // A corrected file is accepted only while changes are requested; nothing is stored otherwise.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(status);

        var response = await ApiCalls.CorrectAsync(api, TestKeys.CityAsan, submission.SubmissionId, ApiCalls.AnswerFile("c"), "application/json", cts.Token);

        Assert.Equal(409, response.Status);
        Assert.True(response.IsProblem);
        Assert.Contains(status.ToString(), response.Json.GetProperty("detail").GetString());
        Assert.Equal(0, api.Submissions.Updates);
        Assert.Empty(api.Blobs.UploadNames);
        Assert.Empty(api.Client.Raised);
    }

    [Fact]
    public async Task Correction_RaiseFails_RolledBackThenRetrySucceeds()
    {
        // If the workflow cannot be told, the record returns to ChangesRequested and the same file can be sent again.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.ChangesRequested);
        api.Client.FailNextRaise = new TimeoutException();

        var failed = await ApiCalls.CorrectAsync(api, TestKeys.CityAsan, submission.SubmissionId, ApiCalls.AnswerFile("c"), "application/json", cts.Token);
        var retried = await ApiCalls.CorrectAsync(api, TestKeys.CityAsan, submission.SubmissionId, ApiCalls.AnswerFile("c"), "application/json", cts.Token);

        Assert.Equal(503, failed.Status);
        Assert.Equal(202, retried.Status);
        Assert.Equal(2, api.Submissions.Get(submission.SubmissionId)!.Round);
        Assert.Single(api.Client.Raised);
        Assert.Single(await api.ReviewLog.ListAsync(submission.SubmissionId, cts.Token));
    }

    [Fact]
    public async Task Correction_EmptyBody_BadRequest()
    {
        // An empty corrected file is refused like an empty upload.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.ChangesRequested);

        var response = await ApiCalls.CorrectAsync(api, TestKeys.CityAsan, submission.SubmissionId, [], "application/json", cts.Token);

        Assert.Equal(400, response.Status);
        Assert.Equal(0, api.Submissions.Updates);
    }
}
