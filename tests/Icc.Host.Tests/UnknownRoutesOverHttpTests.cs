using System.Net;
using System.Text.Json;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests;

/// <summary>Unknown paths and wrong methods on the standalone host answer problem+json, like every other error.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnknownRoutesOverHttpTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task UnknownPathOrWrongMethod_AnyCaller_ProblemJson()
    {
        // An unknown path is a 404 and a method a route does not take a 405 (with Allow), both with a
        // problem+json body that points at the OpenAPI description; known routes are unchanged.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync("Unknown" + Guid.NewGuid().ToString("N")[..8], azurite, cts.Token);
        using var http = new HttpClient { BaseAddress = host.ApiAddress };

        foreach (var path in new[] { "/api/nothing-here", "/api/submissions/s-0/unknown", "/", "/favicon.ico" })
        {
            using var notFound = await http.GetAsync(new Uri(path, UriKind.Relative), cts.Token);
            await AssertProblemAsync(notFound, HttpStatusCode.NotFound, "/api/openapi.json", cts.Token);
        }

        using var wrongMethod = await http.DeleteAsync(new Uri("/api/health", UriKind.Relative), cts.Token);
        await AssertProblemAsync(wrongMethod, HttpStatusCode.MethodNotAllowed, "DELETE", cts.Token);
        Assert.Contains("GET", wrongMethod.Content.Headers.Allow);

        using var getReview = await http.GetAsync(new Uri("/api/submissions/s-0/review", UriKind.Relative), cts.Token);
        await AssertProblemAsync(getReview, HttpStatusCode.MethodNotAllowed, "POST", cts.Token);

        using var health = await http.GetAsync(new Uri("/api/health", UriKind.Relative), cts.Token);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailMentions, CancellationToken ct)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal((int)status, body.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detailMentions, body.RootElement.GetProperty("detail").GetString());
    }
}
