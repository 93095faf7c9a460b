using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests;

/// <summary>The whole workflow over real HTTP against the standalone host on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EndToEndTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(120);

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string key, HttpContent? body, CancellationToken ct) =>
        HostApi.SendAsync(http, method, path, key, body, ct);

    private static StringContent Json(string json) => HostApi.Json(json);

    [Fact]
    public async Task Upload_ApproveTwiceAtOnce_PublishesOnceAndServesThePdf()
    {
        // Upload, wait for review, two reviewers approve at once (one 202, one 409), the report is published and downloadable.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync("E2e" + Guid.NewGuid().ToString("N")[..8], azurite, cts.Token);
        using var http = new HttpClient { BaseAddress = host.ApiAddress };

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(HostApi.AsanJson("end-to-end")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var upload = await SendAsync(http, HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan", content, cts.Token);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync(cts.Token)).RootElement.GetProperty("submissionId").GetString()!;
        Assert.Equal($"/api/submissions/{id}", upload.Headers.Location?.OriginalString);

        var awaiting = await HostApi.WaitForStatusAsync(http, id, "AwaitingReview", cts.Token);
        Assert.Equal(87, awaiting.GetProperty("scores").GetProperty("index").GetInt32());

        using var early = await SendAsync(http, HttpMethod.Get, $"/api/submissions/{id}/report", "dev-city-asan", null, cts.Token);
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);

        var decisions = await Task.WhenAll(
            SendAsync(http, HttpMethod.Post, $"/api/submissions/{id}/review", "dev-reviewer", Json("""{"decision":"approve"}"""), cts.Token),
            SendAsync(http, HttpMethod.Post, $"/api/submissions/{id}/review", "dev-admin", Json("""{"decision":"approve"}"""), cts.Token));
        Assert.Single(decisions, r => r.StatusCode == HttpStatusCode.Accepted);
        Assert.Single(decisions, r => r.StatusCode == HttpStatusCode.Conflict);

        await HostApi.WaitForStatusAsync(http, id, "Published", cts.Token);
        using var report = await SendAsync(http, HttpMethod.Get, $"/api/submissions/{id}/report", "dev-city-asan", null, cts.Token);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await report.Content.ReadAsByteArrayAsync(cts.Token), 0, 4));
    }

    [Fact]
    public async Task Authorization_OverHttp_RefusesMissingKeysAndHidesOtherCities()
    {
        // No key is 401, a city cannot review (403), and another city's upload route does not exist for it (404).
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync("E2e" + Guid.NewGuid().ToString("N")[..8], azurite, cts.Token);
        using var http = new HttpClient { BaseAddress = host.ApiAddress };

        using var anonymous = await http.GetAsync(new Uri("/api/questionnaire", UriKind.Relative), cts.Token);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var pending = await SendAsync(http, HttpMethod.Get, "/api/reviews/pending", "dev-city-asan", null, cts.Token);
        Assert.Equal(HttpStatusCode.Forbidden, pending.StatusCode);
        using var otherCity = await SendAsync(http, HttpMethod.Post, "/api/cities/bern/submissions", "dev-city-asan", Json("{}"), cts.Token);
        Assert.Equal(HttpStatusCode.NotFound, otherCity.StatusCode);
        using var questionnaire = await SendAsync(http, HttpMethod.Get, "/api/questionnaire", "dev-reviewer", null, cts.Token);
        Assert.Equal(86, JsonDocument.Parse(await questionnaire.Content.ReadAsStringAsync(cts.Token)).RootElement.GetProperty("questions").GetArrayLength());
    }
}
