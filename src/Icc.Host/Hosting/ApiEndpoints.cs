using Icc.Application.Benchmarks;
using Icc.Application.Http;
using Icc.Application.Http.OpenApi;
using Icc.Application.Reporting;
using Icc.Application.Review;
using Icc.Application.Status;
using Icc.Application.Upload;
using Microsoft.DurableTask.Client;

namespace Icc.Host.Hosting;

/// <summary>
/// Maps every route of <see cref="Routes.All"/> to the same handler the Functions app calls, under the
/// same names; the host only binds the request and returns the handler's result.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>Maps the API under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapIccApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + Routes.Prefix);
        api.MapGet(Routes.Health, (HealthHandler handler) => handler.Handle())
            .WithName(RouteNames.Health);
        api.MapGet(Routes.Questionnaire, (HttpRequest request, QuestionnaireHandler handler, CancellationToken ct) => handler.HandleAsync(request, ct))
            .WithName(RouteNames.GetQuestionnaire);
        api.MapPost(Routes.CitySubmissions, (HttpRequest request, string cityId, UploadHandler handler, DurableTaskClient client, CancellationToken ct) =>
                handler.HandleAsync(request, cityId, client, ct))
            .WithName(RouteNames.UploadSubmission);
        api.MapGet(Routes.CitySubmissions, (HttpRequest request, string cityId, CitySubmissionsHandler handler, CancellationToken ct) =>
                handler.HandleAsync(request, cityId, ct))
            .WithName(RouteNames.ListCitySubmissions);
        api.MapGet(Routes.Submission, (HttpRequest request, string submissionId, StatusHandler handler, CancellationToken ct) =>
                handler.HandleAsync(request, submissionId, ct))
            .WithName(RouteNames.GetSubmissionStatus);
        api.MapPut(Routes.SubmissionAnswers, (HttpRequest request, string submissionId, CorrectionHandler handler, DurableTaskClient client, CancellationToken ct) =>
                handler.HandleAsync(request, submissionId, client, ct))
            .WithName(RouteNames.UploadCorrectedAnswers);
        api.MapPost(Routes.SubmissionReview, (HttpRequest request, string submissionId, ReviewHandler handler, DurableTaskClient client, CancellationToken ct) =>
                handler.HandleAsync(request, submissionId, client, ct))
            .WithName(RouteNames.ReviewSubmission);
        api.MapGet(Routes.SubmissionReport, (HttpRequest request, string submissionId, ReportDownloadHandler handler, CancellationToken ct) =>
                handler.HandleAsync(request, submissionId, ct))
            .WithName(RouteNames.DownloadReport);
        api.MapGet(Routes.PendingReviews, (HttpRequest request, PendingReviewsHandler handler, CancellationToken ct) => handler.HandleAsync(request, ct))
            .WithName(RouteNames.ListPendingReviews);
        api.MapPost(Routes.RecomputeBenchmarks, (HttpRequest request, RecomputeHandler handler, DurableTaskClient client, CancellationToken ct) =>
                handler.HandleAsync(request, client, ct))
            .WithName(RouteNames.RecomputeBenchmarks);
        api.MapGet(Routes.CurrentBenchmark, (HttpRequest request, BenchmarkHandler handler, CancellationToken ct) => handler.CurrentAsync(request, ct))
            .WithName(RouteNames.GetCurrentBenchmark);
        api.MapGet(Routes.Benchmark, (HttpRequest request, string version, BenchmarkHandler handler, CancellationToken ct) =>
                handler.VersionAsync(request, version, ct))
            .WithName(RouteNames.GetBenchmark);
        api.MapGet(Routes.OpenApi, (OpenApiHandler handler) => handler.Handle())
            .WithName(RouteNames.GetOpenApiDocument);
        return app;
    }
}
