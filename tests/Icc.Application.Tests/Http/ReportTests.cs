using Icc.Application.Workflow;

namespace Icc.Application.Tests.Http;

public class ReportTests
{
    [Theory]
    [InlineData(SubmissionStatus.Received)]
    [InlineData(SubmissionStatus.AwaitingReview)]
    [InlineData(SubmissionStatus.GeneratingReport)]
    [InlineData(SubmissionStatus.Rejected)]
    public async Task Report_BeforePublished_NotFoundProblem(SubmissionStatus status)
    {
        // Until published there is no report: a 404 problem that says why.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(status);

        var response = await ApiCalls.ReportAsync(api, TestKeys.CityAsan, submission.SubmissionId, cts.Token);

        Assert.Equal(404, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Contains(status.ToString(), response.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Report_Published_PdfAttachment()
    {
        // Once published the report downloads as a named PDF attachment.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var id = ApiCalls.Arrange(api, Endpoint.Report);

        var response = await ApiCalls.ReportAsync(api, TestKeys.CityAsan, id, cts.Token);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.ContentType);
        Assert.Equal(ApiCalls.Pdf, response.Body);
        var disposition = response.Headers.ContentDisposition.ToString();
        Assert.StartsWith("attachment", disposition);
        Assert.Contains($"icc-report-asan-{id}.pdf", disposition);
    }

    [Fact]
    public async Task Report_PublishedButBlobMissing_NotFoundProblem()
    {
        // A published record without its blob is a 404 problem, not a crash.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var submission = api.Seed(SubmissionStatus.Published);

        var response = await ApiCalls.ReportAsync(api, TestKeys.Reviewer, submission.SubmissionId, cts.Token);

        Assert.Equal(404, response.Status);
        Assert.True(response.IsProblem);
    }
}
