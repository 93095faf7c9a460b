namespace Icc.Application.Http;

/// <summary>One endpoint: its HTTP method, route template (without the <see cref="Routes.Prefix"/>) and name.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Template">The route template, e.g. <c>submissions/{submissionId}</c>.</param>
/// <param name="Name">The endpoint's name: the Functions function name and the Kestrel endpoint name.</param>
public sealed record ApiRoute(string Method, string Template, string Name);

/// <summary>
/// The route templates of the API, shared by the Functions triggers and the standalone host so both
/// expose exactly the same paths. Templates carry no <c>api/</c> prefix: each host adds <see cref="Prefix"/>.
/// </summary>
public static class Routes
{
    /// <summary>The path prefix both hosts put in front of every template (Functions: host.json routePrefix).</summary>
    public const string Prefix = "api";

    /// <summary>Liveness probe.</summary>
    public const string Health = "health";

    /// <summary>The current questionnaire.</summary>
    public const string Questionnaire = "questionnaire";

    /// <summary>A city's submissions: POST uploads an answer file, GET lists them.</summary>
    public const string CitySubmissions = "cities/{cityId}/submissions";

    /// <summary>A submission's status document.</summary>
    public const string Submission = "submissions/{submissionId}";

    /// <summary>PUT: the corrected answer file of the next round.</summary>
    public const string SubmissionAnswers = "submissions/{submissionId}/answers";

    /// <summary>POST: a reviewer's decision.</summary>
    public const string SubmissionReview = "submissions/{submissionId}/review";

    /// <summary>GET: the published PDF report.</summary>
    public const string SubmissionReport = "submissions/{submissionId}/report";

    /// <summary>GET: the review queue.</summary>
    public const string PendingReviews = "reviews/pending";

    /// <summary>POST: start a benchmark recomputation (admin).</summary>
    public const string RecomputeBenchmarks = "benchmarks/recompute";

    /// <summary>GET: the current benchmark snapshot.</summary>
    public const string CurrentBenchmark = "benchmarks/current";

    /// <summary>GET: a benchmark snapshot by version.</summary>
    public const string Benchmark = "benchmarks/{version}";

    /// <summary>GET: the OpenAPI description of this API (Http/OpenApi/openapi.json).</summary>
    public const string OpenApi = "openapi.json";

    /// <summary>Every endpoint: the parity tests hold both hosts and the OpenAPI description to this list.</summary>
    public static readonly IReadOnlyList<ApiRoute> All =
    [
        new("GET", Health, RouteNames.Health),
        new("GET", Questionnaire, RouteNames.GetQuestionnaire),
        new("POST", CitySubmissions, RouteNames.UploadSubmission),
        new("GET", CitySubmissions, RouteNames.ListCitySubmissions),
        new("GET", Submission, RouteNames.GetSubmissionStatus),
        new("PUT", SubmissionAnswers, RouteNames.UploadCorrectedAnswers),
        new("POST", SubmissionReview, RouteNames.ReviewSubmission),
        new("GET", SubmissionReport, RouteNames.DownloadReport),
        new("GET", PendingReviews, RouteNames.ListPendingReviews),
        new("POST", RecomputeBenchmarks, RouteNames.RecomputeBenchmarks),
        new("GET", CurrentBenchmark, RouteNames.GetCurrentBenchmark),
        new("GET", Benchmark, RouteNames.GetBenchmark),
        new("GET", OpenApi, RouteNames.GetOpenApiDocument),
    ];

    /// <summary>The absolute path of a submission's status document.</summary>
    public static string SubmissionPath(string submissionId) => $"/{Prefix}/submissions/{submissionId}";

    /// <summary>The absolute path of a submission's report.</summary>
    public static string ReportPath(string submissionId) => $"/{Prefix}/submissions/{submissionId}/report";
}

/// <summary>The endpoint names: Functions function names and Kestrel endpoint names alike.</summary>
public static class RouteNames
{
    /// <summary>GET health.</summary>
    public const string Health = "Health";

    /// <summary>GET questionnaire.</summary>
    public const string GetQuestionnaire = "GetQuestionnaire";

    /// <summary>POST cities/{cityId}/submissions.</summary>
    public const string UploadSubmission = "UploadSubmission";

    /// <summary>GET cities/{cityId}/submissions.</summary>
    public const string ListCitySubmissions = "ListCitySubmissions";

    /// <summary>GET submissions/{submissionId}.</summary>
    public const string GetSubmissionStatus = "GetSubmissionStatus";

    /// <summary>PUT submissions/{submissionId}/answers.</summary>
    public const string UploadCorrectedAnswers = "UploadCorrectedAnswers";

    /// <summary>POST submissions/{submissionId}/review.</summary>
    public const string ReviewSubmission = "ReviewSubmission";

    /// <summary>GET submissions/{submissionId}/report.</summary>
    public const string DownloadReport = "DownloadReport";

    /// <summary>GET reviews/pending.</summary>
    public const string ListPendingReviews = "ListPendingReviews";

    /// <summary>POST benchmarks/recompute.</summary>
    public const string RecomputeBenchmarks = "RecomputeBenchmarks";

    /// <summary>GET benchmarks/current.</summary>
    public const string GetCurrentBenchmark = "GetCurrentBenchmark";

    /// <summary>GET benchmarks/{version}.</summary>
    public const string GetBenchmark = "GetBenchmark";
    /// <summary>GET openapi.json.</summary>
    public const string GetOpenApiDocument = "GetOpenApiDocument";
}
