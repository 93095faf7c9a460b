using System.Text;
using Icc.Application.Http;
using Icc.Application.Workflow;

namespace Icc.Application.Tests.Http;

/// <summary>Arranges a submission an endpoint can succeed on, and calls the endpoint's handler.</summary>
internal static class ApiCalls
{
    /// <summary>A small answer file; the upload handler stores bytes and never reads them.</summary>
    public static byte[] AnswerFile(string marker = "first") =>
        Encoding.UTF8.GetBytes($$"""{"questionnaire":"icc-2019","city":{"name":"Asan City"},"answers":[],"note":"{{marker}}"}""");

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7 test report");

    /// <summary>Puts an asan submission in the state the endpoint needs to succeed; returns its id (or the city id).</summary>
    public static string Arrange(ApiHarness api, Endpoint endpoint)
    {
        switch (endpoint)
        {
            case Endpoint.Status or Endpoint.Review or Endpoint.Pending or Endpoint.CityList:
                return endpoint == Endpoint.CityList ? "asan" : api.Seed(SubmissionStatus.AwaitingReview).SubmissionId;
            case Endpoint.Correction:
                return api.Seed(SubmissionStatus.ChangesRequested).SubmissionId;
            case Endpoint.Report:
                var published = api.Seed(SubmissionStatus.Published);
                api.Blobs.SaveReportAsync("asan", published.SubmissionId, Pdf).GetAwaiter().GetResult();
                return published.SubmissionId;
            case Endpoint.Upload:
                return "asan";
            case Endpoint.CurrentBenchmark or Endpoint.Benchmark:
                return api.SeedBenchmark();
            default:
                return string.Empty;
        }
    }

    /// <summary>Calls the endpoint with a request that succeeds for an allowed caller.</summary>
    public static async Task<TestResponse> CallAsync(ApiHarness api, Endpoint endpoint, string? key, string target, CancellationToken cancellationToken)
    {
        switch (endpoint)
        {
            case Endpoint.Health:
            {
                var request = api.Request("GET", key);
                return await request.ExecuteAsync(api.Health.Handle());
            }

            case Endpoint.Questionnaire:
            {
                var request = api.Request("GET", key);
                return await request.ExecuteAsync(await api.Questionnaire.HandleAsync(request.Http, cancellationToken));
            }

            case Endpoint.Upload:
            {
                var request = api.Request("POST", key).WithBody(AnswerFile(), "application/json");
                return await request.ExecuteAsync(await api.Upload.HandleAsync(request.Http, target, api.Client, cancellationToken));
            }

            case Endpoint.CityList:
            {
                var request = api.Request("GET", key);
                return await request.ExecuteAsync(await api.CitySubmissions.HandleAsync(request.Http, target, cancellationToken));
            }

            case Endpoint.Status:
            {
                var request = api.Request("GET", key);
                return await request.ExecuteAsync(await api.Status.HandleAsync(request.Http, target, cancellationToken));
            }

            case Endpoint.Correction:
            {
                var request = api.Request("PUT", key).WithBody(AnswerFile("corrected"), "text/csv");
                return await request.ExecuteAsync(await api.Correction.HandleAsync(request.Http, target, api.Client, cancellationToken));
            }

            case Endpoint.Review:
                return await ReviewAsync(api, key, target, new { decision = "approve", comment = "Fine." }, cancellationToken);

            case Endpoint.Report:
            {
                var request = api.Request("GET", key);
                return await request.ExecuteAsync(await api.Report.HandleAsync(request.Http, target, cancellationToken));
            }

            case Endpoint.Pending:
            {
                var request = api.Request("GET", key);
                return await request.ExecuteAsync(await api.PendingReviews.HandleAsync(request.Http, cancellationToken));
            }

            case Endpoint.OpenApi:
            {
                var request = api.Request("GET", key);
                return await request.ExecuteAsync(api.OpenApi.Handle());
            }

            case Endpoint.Recompute:
            {
                var request = api.Request("POST", key);
                return await request.ExecuteAsync(await api.Recompute.HandleAsync(request.Http, api.Client, cancellationToken));
            }

            case Endpoint.CurrentBenchmark:
            {
                var request = api.Request("GET", key);
                return await request.ExecuteAsync(await api.BenchmarkSnapshots.CurrentAsync(request.Http, cancellationToken));
            }

            case Endpoint.Benchmark:
            {
                var request = api.Request("GET", key);
                return await request.ExecuteAsync(await api.BenchmarkSnapshots.VersionAsync(request.Http, target, cancellationToken));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint));
        }
    }

    /// <summary>The route name (and operationId) of the endpoint.</summary>
    public static string RouteName(Endpoint endpoint) => endpoint switch
    {
        Endpoint.Health => RouteNames.Health,
        Endpoint.Questionnaire => RouteNames.GetQuestionnaire,
        Endpoint.Upload => RouteNames.UploadSubmission,
        Endpoint.CityList => RouteNames.ListCitySubmissions,
        Endpoint.Status => RouteNames.GetSubmissionStatus,
        Endpoint.Correction => RouteNames.UploadCorrectedAnswers,
        Endpoint.Review => RouteNames.ReviewSubmission,
        Endpoint.Report => RouteNames.DownloadReport,
        Endpoint.Pending => RouteNames.ListPendingReviews,
        Endpoint.OpenApi => RouteNames.GetOpenApiDocument,
        Endpoint.Recompute => RouteNames.RecomputeBenchmarks,
        Endpoint.CurrentBenchmark => RouteNames.GetCurrentBenchmark,
        Endpoint.Benchmark => RouteNames.GetBenchmark,
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
    };

    public static async Task<TestResponse> ReviewAsync(ApiHarness api, string? key, string submissionId, object body, CancellationToken cancellationToken)
    {
        var request = api.Request("POST", key).WithJson(body);
        return await request.ExecuteAsync(await api.Review.HandleAsync(request.Http, submissionId, api.Client, cancellationToken));
    }

    public static async Task<TestResponse> UploadAsync(
        ApiHarness api, string? key, string cityId, byte[] body, string? contentType, CancellationToken cancellationToken)
    {
        var request = api.Request("POST", key).WithBody(body, contentType);
        return await request.ExecuteAsync(await api.Upload.HandleAsync(request.Http, cityId, api.Client, cancellationToken));
    }

    public static async Task<TestResponse> CorrectAsync(
        ApiHarness api, string? key, string submissionId, byte[] body, string? contentType, CancellationToken cancellationToken)
    {
        var request = api.Request("PUT", key).WithBody(body, contentType);
        return await request.ExecuteAsync(await api.Correction.HandleAsync(request.Http, submissionId, api.Client, cancellationToken));
    }

    public static async Task<TestResponse> StatusAsync(ApiHarness api, string? key, string submissionId, CancellationToken cancellationToken)
    {
        var request = api.Request("GET", key);
        return await request.ExecuteAsync(await api.Status.HandleAsync(request.Http, submissionId, cancellationToken));
    }

    public static async Task<TestResponse> ReportAsync(ApiHarness api, string? key, string submissionId, CancellationToken cancellationToken)
    {
        var request = api.Request("GET", key);
        return await request.ExecuteAsync(await api.Report.HandleAsync(request.Http, submissionId, cancellationToken));
    }
}
