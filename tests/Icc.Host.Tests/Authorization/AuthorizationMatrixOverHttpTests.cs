using System.Text.Json;
using Icc.Application.Http;
using Icc.Application.Tests.Http;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests.Authorization;

/// <summary>The authorization matrix of the in-process tests, row by row, over real HTTP against one running host.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuthorizationMatrixOverHttpTests(MatrixHost host) : IClassFixture<MatrixHost>
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(AuthorizationMatrix.Matrix), MemberType = typeof(AuthorizationMatrix))]
    public async Task Endpoint_Caller_AnswersMatrixStatusOverHttp(Endpoint endpoint, Caller caller, int expected)
    {
        // Each endpoint called over HTTP by each kind of caller answers the matrix's status; refusals are problem+json.
        using var cts = new CancellationTokenSource(CallTimeout);
        var (method, path, body) = this.Request(endpoint, expected);
        using var request = new HttpRequestMessage(method, path) { Content = body };
        if (AuthorizationMatrix.KeyOf(caller) is { } key)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await host.Http.SendAsync(request, cts.Token);

        var text = await response.Content.ReadAsStringAsync(cts.Token);
        Assert.True(expected == (int)response.StatusCode, $"{method} {path} as {caller}: expected {expected}, got {(int)response.StatusCode} {text}");
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(expected, JsonDocument.Parse(text).RootElement.GetProperty("status").GetInt32());
        }

        if (expected == 401)
        {
            Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }
    }

    // The call that succeeds for an allowed caller; a row expected to succeed and move a submission on gets its own.
    private (HttpMethod Method, string Path, HttpContent? Body) Request(Endpoint endpoint, int expected)
    {
        static string Api(string route, string? id = null) =>
            "/" + Routes.Prefix + "/" + route.Replace("{cityId}", "asan", StringComparison.Ordinal)
                .Replace("{submissionId}", id, StringComparison.Ordinal).Replace("{version}", id, StringComparison.Ordinal);
        var succeeds = expected == 202;
        return endpoint switch
        {
            Endpoint.Health => (HttpMethod.Get, Api(Routes.Health), null),
            Endpoint.Questionnaire => (HttpMethod.Get, Api(Routes.Questionnaire), null),
            Endpoint.Upload => (HttpMethod.Post, Api(Routes.CitySubmissions), HostApi.Json(HostApi.AsanJson("matrix upload"))),
            Endpoint.CityList => (HttpMethod.Get, Api(Routes.CitySubmissions), null),
            Endpoint.Status => (HttpMethod.Get, Api(Routes.Submission, host.AwaitingReview), null),
            Endpoint.Correction => (HttpMethod.Put, Api(Routes.SubmissionAnswers, succeeds ? host.TakeFreshChangesRequested() : host.ChangesRequested),
                HostApi.Json(HostApi.AsanJson("matrix correction"))),
            Endpoint.Review => (HttpMethod.Post, Api(Routes.SubmissionReview, succeeds ? host.TakeFreshAwaitingReview() : host.AwaitingReview),
                HostApi.Json("""{"decision":"approve","comment":"Fine."}""")),
            Endpoint.Report => (HttpMethod.Get, Api(Routes.SubmissionReport, host.Published), null),
            Endpoint.Pending => (HttpMethod.Get, Api(Routes.PendingReviews), null),
            Endpoint.OpenApi => (HttpMethod.Get, Api(Routes.OpenApi), null),
            Endpoint.Recompute => (HttpMethod.Post, Api(Routes.RecomputeBenchmarks), null),
            Endpoint.CurrentBenchmark => (HttpMethod.Get, Api(Routes.CurrentBenchmark), null),
            Endpoint.Benchmark => (HttpMethod.Get, Api(Routes.Benchmark, host.BenchmarkVersion), null),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
        };
    }
}
