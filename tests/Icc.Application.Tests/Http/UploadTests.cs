using System.Text;
using Icc.Application.Upload;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Microsoft.DurableTask.Client;

namespace Icc.Application.Tests.Http;

public class UploadTests
{
    [Fact]
    public async Task Upload_JsonFile_AcceptedStoredAndStarted()
    {
        // A first upload stores the bytes as round 1, creates the record and starts one workflow with the id.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var file = ApiCalls.AnswerFile();
        var expectedId = SubmissionIds.For("asan", file);

        var response = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", file, "application/json; charset=utf-8", cts.Token);

        Assert.Equal(202, response.Status);
        Assert.Equal($"/api/submissions/{expectedId}", response.Headers.Location.ToString());
        Assert.Equal(expectedId, response.Json.GetProperty("submissionId").GetString());
        Assert.Equal("asan", response.Json.GetProperty("cityId").GetString());
        Assert.Equal("Received", response.Json.GetProperty("status").GetString());
        Assert.Equal($"/api/submissions/{expectedId}", response.Json.GetProperty("statusUrl").GetString());

        var record = api.Submissions.Get(expectedId)!;
        Assert.Equal(SubmissionStatus.Received, record.Status);
        Assert.Equal(SubmissionIds.ContentHash(file), record.ContentHash);
        Assert.Equal(AnswerFileFormat.Json, record.Format);
        Assert.Equal(ApiHarness.Start, record.CreatedAt);
        Assert.Equal(file, await api.Blobs.ReadUploadAsync("asan", expectedId, 1, AnswerFileFormat.Json, cts.Token));

        var started = Assert.Single(api.Client.Scheduled);
        Assert.Equal(WorkflowNames.SubmissionOrchestration, started.Name);
        Assert.Equal(expectedId, started.InstanceId);
        var input = Assert.IsType<SubmissionWorkflowInput>(started.Input);
        Assert.Equal(new SubmissionWorkflowInput(expectedId, "asan", AnswerFileFormat.Json, new ReviewOptions().ToTimings()), input);
        Assert.Equal(
            new[] { "Pending", "Running", "Completed", "Failed", "Terminated", "Suspended" }.Order(),
            started.Options!.DedupeStatuses!.Order());
    }

    [Fact]
    public async Task Upload_SameBytesTwice_SameIdOneInstance()
    {
        // Uploading the same file again answers the same 202 and starts nothing new.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var first = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", ApiCalls.AnswerFile(), "application/json", cts.Token);
        var second = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", ApiCalls.AnswerFile(), "application/json", cts.Token);

        Assert.Equal(202, second.Status);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Headers.Location.ToString(), second.Headers.Location.ToString());
        Assert.Single(api.Client.Scheduled);
        Assert.Single(api.Blobs.UploadNames);
    }

    [Fact]
    public async Task Upload_TwoConcurrentSameBytes_OneInstance()
    {
        // Two uploads of the same file at once: both 202 with the same id, one workflow.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", ApiCalls.AnswerFile(), "application/json", cts.Token))));

        Assert.All(responses, r => Assert.Equal(202, r.Status));
        Assert.Equal(responses[0].Json.GetProperty("submissionId").GetString(), responses[1].Json.GetProperty("submissionId").GetString());
        Assert.Single(api.Client.Scheduled);
    }

    [Fact]
    public async Task Upload_RecordWithoutInstance_StartsIt()
    {
        // A crash between the record and the start: the repeated upload starts the missing workflow.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var file = ApiCalls.AnswerFile();
        var id = SubmissionIds.For("asan", file);
        api.Submissions.Seed(new() { SubmissionId = id, CityId = "asan", Status = SubmissionStatus.Received, Format = AnswerFileFormat.Json, ContentHash = SubmissionIds.ContentHash(file) });

        var response = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", file, "application/json", cts.Token);

        Assert.Equal(202, response.Status);
        Assert.Equal(id, Assert.Single(api.Client.Scheduled).InstanceId);
    }

    [Fact]
    public async Task Upload_SameBytesAfterWorkflowMovedOn_NoNewStart()
    {
        // The same file after the workflow progressed answers its current status and starts nothing.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var file = ApiCalls.AnswerFile();
        api.Seed(SubmissionStatus.AwaitingReview, submissionId: SubmissionIds.For("asan", file));
        api.Client.SetInstance(SubmissionIds.For("asan", file), OrchestrationRuntimeStatus.Completed);

        var response = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", file, "application/json", cts.Token);

        Assert.Equal(202, response.Status);
        Assert.Equal("AwaitingReview", response.Json.GetProperty("status").GetString());
        Assert.Empty(api.Client.Scheduled);
    }

    [Fact]
    public async Task Upload_CsvFile_StoredAsCsv()
    {
        // text/csv is stored as a CSV upload.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var file = Encoding.UTF8.GetBytes("question,answer,evidence\nCOM-01,yes,\n");

        var response = await ApiCalls.UploadAsync(api, TestKeys.Admin, "asan", file, "text/csv", cts.Token);

        Assert.Equal(202, response.Status);
        Assert.Equal(AnswerFileFormat.Csv, api.Submissions.Get(SubmissionIds.For("asan", file))!.Format);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task Upload_OtherContentType_UnsupportedMediaTypeListingAccepted(string? contentType)
    {
        // Anything but JSON or CSV is refused with the accepted types named.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", ApiCalls.AnswerFile(), contentType, cts.Token);

        Assert.Equal(415, response.Status);
        Assert.True(response.IsProblem);
        Assert.Contains("application/json", response.Json.GetProperty("detail").GetString());
        Assert.Contains("text/csv", response.Json.GetProperty("detail").GetString());
        Assert.Empty(api.Client.Scheduled);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Upload_OverTwoMebibytes_PayloadTooLargeStatingLimit(bool declareLength)
    {
        // One byte over 2 MiB is refused, whether or not the client declared the length.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var request = api.Request("POST", TestKeys.CityAsan).WithBody(new byte[AnswerFileBody.MaxBytes + 1], "application/json");
        if (!declareLength)
        {
            request.Http.ContentLength = null;
        }

        var response = await request.ExecuteAsync(await api.Upload.HandleAsync(request.Http, "asan", api.Client, cts.Token));

        Assert.Equal(413, response.Status);
        Assert.True(response.IsProblem);
        Assert.Contains("2097152 bytes", response.Json.GetProperty("detail").GetString());
        Assert.Empty(api.Blobs.UploadNames);
    }

    [Fact]
    public async Task Upload_ExactlyTwoMebibytes_Accepted()
    {
        // The limit itself is allowed.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", new byte[AnswerFileBody.MaxBytes], "text/csv", cts.Token);

        Assert.Equal(202, response.Status);
    }

    [Fact]
    public async Task Upload_EmptyBody_BadRequest()
    {
        // An empty body is not a file.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", [], "application/json", cts.Token);

        Assert.Equal(400, response.Status);
        Assert.True(response.IsProblem);
        Assert.Contains("empty", response.Json.GetProperty("detail").GetString());
        Assert.Empty(api.Client.Scheduled);
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("Asan")]
    [InlineData("a")]
    [InlineData("-asan")]
    public async Task Upload_MalformedCityId_BadRequestNeverStored(string cityId)
    {
        // A city id that is not one is refused before anything reaches storage.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.UploadAsync(api, TestKeys.Admin, cityId, ApiCalls.AnswerFile(), "application/json", cts.Token);

        Assert.Equal(400, response.Status);
        Assert.True(response.IsProblem);
        Assert.Contains("city id", response.Json.GetProperty("detail").GetString());
        Assert.Empty(api.Blobs.UploadNames);
    }

    [Fact]
    public async Task Upload_WorkflowEngineUnavailable_ServiceUnavailableThenRetryStarts()
    {
        // An outage is a 503 with retry advice, not a 500; the retried upload starts the missing workflow.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        api.Client.FailNextSchedule = new Azure.RequestFailedException(503, "Server busy");

        var response = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", ApiCalls.AnswerFile(), "application/json", cts.Token);

        Assert.Equal(503, response.Status);
        Assert.True(response.IsProblem);
        Assert.Equal("30", response.Headers.RetryAfter.ToString());

        var retry = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", ApiCalls.AnswerFile(), "application/json", cts.Token);
        Assert.Equal(202, retry.Status);
        Assert.Single(api.Client.Scheduled);
    }

    [Fact]
    public async Task Upload_UnexpectedFailure_ProblemWithTraceId()
    {
        // A bug below the handler is a logged 500 problem with a trace id, never a bare exception.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        api.Client.FailNextSchedule = new InvalidOperationException("bug");

        var response = await ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", ApiCalls.AnswerFile(), "application/json", cts.Token);

        Assert.Equal(500, response.Status);
        Assert.True(response.IsProblem);
        Assert.Contains("trace id", response.Json.GetProperty("detail").GetString());
        Assert.DoesNotContain("bug", response.Text);
    }
}
