using System.Text.Json;
using Icc.Application.Http;
using Icc.Application.Http.OpenApi;
using Icc.Application.Storage;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;
using Icc.Domain.Validation;
using Microsoft.Net.Http.Headers;

namespace Icc.Application.Tests.Http.OpenApi;

public sealed class OpenApiEndpointTests
{
    public static TheoryData<Endpoint> Endpoints() => new(Enum.GetValues<Endpoint>());

    [Fact]
    public async Task GetOpenApi_NoKey_ServesTheDocumentWithETag()
    {
        // Anyone may read the description: 200, JSON, the embedded bytes, a strong ETag and a cache lifetime.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.CallAsync(api, Endpoint.OpenApi, null, string.Empty, cts.Token);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal(OpenApiDescription.Load().Content, response.Body);
        Assert.Equal("3.1.0", response.Json.GetProperty("openapi").GetString());
        var etag = EntityTagHeaderValue.Parse(response.Headers.ETag.ToString());
        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task GetOpenApi_CurrentETag_NotModifiedWithoutBody()
    {
        // A client sending back the ETag it holds gets 304 and no body.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var first = await ApiCalls.CallAsync(api, Endpoint.OpenApi, null, string.Empty, cts.Token);

        var request = api.Request("GET", null);
        request.Http.Headers.IfNoneMatch = first.Headers.ETag;
        var again = await request.ExecuteAsync(api.OpenApi.Handle());

        Assert.Equal(304, again.Status);
        Assert.Empty(again.Body);
        Assert.Equal(first.Headers.ETag.ToString(), again.Headers.ETag.ToString());
    }

    [Fact]
    public async Task GetOpenApi_OtherETag_ServesTheDocument()
    {
        // An ETag of another version does not match: the full document comes back.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var request = api.Request("GET", null);
        request.Http.Headers.IfNoneMatch = "\"0123456789abcdef0123456789abcdef\"";
        var response = await request.ExecuteAsync(api.OpenApi.Handle());

        Assert.Equal(200, response.Status);
        Assert.Equal(OpenApiDescription.Load().Content, response.Body);
    }

    [Fact]
    public void Routes_EveryRoute_IsCalledByTheseTests()
    {
        // A new route needs an Endpoint in ApiCalls, so that its documented roles and responses are checked against its handler.
        var called = Enum.GetValues<Endpoint>().Select(ApiCalls.RouteName);
        Assert.Equal(Routes.All.Select(r => r.Name).Order(), called.Order());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_DocumentedAccess_IsWhatTheHandlerAllows(Endpoint endpoint)
    {
        // The roles in x-roles are exactly the roles whose key the handler serves; an operation documented without security answers without a key.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var operation = DocumentedApi.Operation(ApiCalls.RouteName(endpoint));
        (string Role, string? Key)[] callers = [("City", TestKeys.CityAsan), ("Reviewer", TestKeys.Reviewer), ("Admin", TestKeys.Admin), ("none", null)];

        var served = new List<string>();
        foreach (var (role, key) in callers)
        {
            using var api = new ApiHarness();
            var response = await ApiCalls.CallAsync(api, endpoint, key, ApiCalls.Arrange(api, endpoint), cts.Token);
            if (response.Status < 400)
            {
                served.Add(role);
            }
        }

        if (operation.IsAnonymous)
        {
            Assert.Equal(["City", "Reviewer", "Admin", "none"], served);
        }
        else
        {
            Assert.Equal(operation.Roles.Order(), served.Order());
        }
    }

    [Theory]
    [MemberData(nameof(AuthorizationMatrix.Matrix), MemberType = typeof(AuthorizationMatrix))]
    public async Task Endpoint_Caller_ResponseIsDocumented(Endpoint endpoint, Caller caller, int expected)
    {
        // What each endpoint answers each kind of caller is a documented status, media type, body shape and headers.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.CallAsync(api, endpoint, AuthorizationMatrix.KeyOf(caller), ApiCalls.Arrange(api, endpoint), cts.Token);

        Assert.Equal(expected, response.Status);
        AssertDocumented(ApiCalls.RouteName(endpoint), response);
    }

    [Fact]
    public async Task Status_EverySectionFilled_BodyIsDocumented()
    {
        // A status document in round 2 with issues, a real scorecard, a decision with flags, history and changed answers has the documented shape.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var id = api.Seed(SubmissionStatus.AwaitingReview).SubmissionId;
        var first = AnswerFileValidator.Validate(Samples.Valid(), AnswerFileFormat.Json, QuestionnaireCatalog.Default);
        await api.Answers.SaveAsync(id, 1, first.Sheet!, cts.Token);
        var decision = await ApiCalls.ReviewAsync(
            api, TestKeys.Reviewer, id, new { decision = "request-changes", questions = new[] { new { questionId = "COM-01", comment = "Which decision?" } } }, cts.Token);
        Assert.Equal(202, decision.Status);
        Assert.Equal(202, (await ApiCalls.CorrectAsync(api, TestKeys.CityAsan, id, ApiCalls.AnswerFile("round 2"), "text/csv", cts.Token)).Status);

        // What the workflow stores for round 2, then the review opens again.
        var second = AnswerFileValidator.Validate(Samples.Corrected("COM-01", "no"), AnswerFileFormat.Json, QuestionnaireCatalog.Default);
        await api.Answers.SaveAsync(id, 2, second.Sheet!, cts.Token);
        var csvError = new ValidationIssue(IssueCodes.CsvSyntax, Severity.Error, null, SourceLocation.Csv(12, 3), "A quote is not closed.");
        await api.Blobs.SaveValidationReportAsync("asan", id, 2, new ValidationReport(2, false, [csvError], second.Issues.Where(i => i.Severity == Severity.Warning).ToList()), cts.Token);
        var scorecard = Scorer.Score(QuestionnaireCatalog.Default.Current, second.Sheet!);
        await api.Scorecards.SaveAsync(new StoredScorecard(id, "asan", 2, second.Sheet!.City, scorecard, false, api.Clock.GetUtcNow()), cts.Token);
        await api.Submissions.UpdateAsync(api.Submissions.Get(id)!.MovedTo(SubmissionStatus.AwaitingReview, api.Clock.GetUtcNow()) with { BenchmarkVersion = "benchmarks-20250301" }, cts.Token);

        var response = await ApiCalls.StatusAsync(api, TestKeys.Reviewer, id, cts.Token);

        Assert.Equal(200, response.Status);
        Assert.NotEmpty(response.Json.GetProperty("review").GetProperty("changedAnswers").EnumerateArray());
        Assert.NotEmpty(response.Json.GetProperty("scores").GetProperty("questions").EnumerateArray());
        AssertDocumented(RouteNames.GetSubmissionStatus, response);
    }

    public static TheoryData<string> Scenarios() => new(ErrorScenarios.Keys);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task ErrorScenario_Response_IsDocumented(string scenario)
    {
        // The errors a caller can provoke (bad ids, bodies and states) are documented with their status and problem shape.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var (operationId, expected, call) = ErrorScenarios[scenario];

        var response = await call(api, cts.Token);

        Assert.True(expected == response.Status, $"{scenario}: expected {expected}, got {response}");
        Assert.True(response.IsProblem, $"{scenario}: not problem+json: {response}");
        AssertDocumented(operationId, response);
    }

    private static readonly Dictionary<string, (string OperationId, int Status, Func<ApiHarness, CancellationToken, Task<TestResponse>> Call)> ErrorScenarios = new()
    {
        ["upload, malformed city id"] = (RouteNames.UploadSubmission, 400, (api, ct) =>
            ApiCalls.UploadAsync(api, TestKeys.Admin, "-Bad", ApiCalls.AnswerFile(), "application/json", ct)),
        ["upload, empty file"] = (RouteNames.UploadSubmission, 400, (api, ct) =>
            ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", [], "text/csv", ct)),
        ["upload, too large"] = (RouteNames.UploadSubmission, 413, (api, ct) =>
            ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", new byte[(2 * 1024 * 1024) + 1], "application/json", ct)),
        ["upload, xml"] = (RouteNames.UploadSubmission, 415, (api, ct) =>
            ApiCalls.UploadAsync(api, TestKeys.CityAsan, "asan", ApiCalls.AnswerFile(), "application/xml", ct)),
        ["status, malformed id"] = (RouteNames.GetSubmissionStatus, 404, (api, ct) =>
            ApiCalls.StatusAsync(api, TestKeys.Reviewer, "not-an-id", ct)),
        ["correction, not expected"] = (RouteNames.UploadCorrectedAnswers, 409, (api, ct) =>
            ApiCalls.CorrectAsync(api, TestKeys.CityAsan, api.Seed(SubmissionStatus.AwaitingReview).SubmissionId, ApiCalls.AnswerFile("x"), "text/csv", ct)),
        ["correction, empty file"] = (RouteNames.UploadCorrectedAnswers, 400, (api, ct) =>
            ApiCalls.CorrectAsync(api, TestKeys.CityAsan, api.Seed(SubmissionStatus.ChangesRequested).SubmissionId, [], "text/csv", ct)),
        ["review, every issue"] = (RouteNames.ReviewSubmission, 400, (api, ct) =>
            ApiCalls.ReviewAsync(api, TestKeys.Reviewer, api.Seed(SubmissionStatus.AwaitingReview).SubmissionId, new { decision = "maybe", questions = new[] { new { questionId = "XYZ-99" } } }, ct)),
        ["review, not json"] = (RouteNames.ReviewSubmission, 400, async (api, ct) =>
        {
            var request = api.Request("POST", TestKeys.Reviewer).WithBody("{\"decision\"}"u8.ToArray(), "application/json");
            return await request.ExecuteAsync(await api.Review.HandleAsync(request.Http, api.Seed(SubmissionStatus.AwaitingReview).SubmissionId, api.Client, ct));
        }),
        ["review, plain text"] = (RouteNames.ReviewSubmission, 415, async (api, ct) =>
        {
            var request = api.Request("POST", TestKeys.Reviewer).WithBody("approve"u8.ToArray(), "text/plain");
            return await request.ExecuteAsync(await api.Review.HandleAsync(request.Http, api.Seed(SubmissionStatus.AwaitingReview).SubmissionId, api.Client, ct));
        }),
        ["review, already published"] = (RouteNames.ReviewSubmission, 409, (api, ct) =>
            ApiCalls.ReviewAsync(api, TestKeys.Reviewer, api.Seed(SubmissionStatus.Published).SubmissionId, new { decision = "approve" }, ct)),
        ["report, not published"] = (RouteNames.DownloadReport, 404, (api, ct) =>
            ApiCalls.ReportAsync(api, TestKeys.CityAsan, api.Seed(SubmissionStatus.AwaitingReview).SubmissionId, ct)),
    };

    /// <summary>The response's status is documented for the operation, with its media type, a conforming body and every documented header.</summary>
    private static void AssertDocumented(string operationId, TestResponse response)
    {
        var operation = DocumentedApi.Operation(operationId);
        var documented = operation.Response(response.Status);
        Assert.True(documented is not null, $"{operation}: {response.Status} is not documented ({response})");

        foreach (var (header, _) in documented["headers"]?.AsObject() ?? [])
        {
            Assert.True(response.Headers.ContainsKey(header), $"{operation} {response.Status}: documented header {header} missing");
        }

        var content = documented["content"]?.AsObject();
        if (content is null)
        {
            Assert.Empty(response.Body);
            return;
        }

        var mediaType = response.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        Assert.True(content.ContainsKey(mediaType), $"{operation} {response.Status}: media type '{mediaType}' is not documented");
        if (mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            using var body = JsonDocument.Parse(response.Body);
            var errors = DocumentedApi.Check(content[mediaType]!["schema"]!, body.RootElement);
            Assert.True(errors is null, $"{operation} {response.Status}: the body does not match the documented schema:\n{errors}\n{response.Text}");
        }
    }
}
