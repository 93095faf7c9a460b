using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests;

/// <summary>An invalid corrected file over real HTTP: it goes back to the city, and the next file goes on.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class InvalidCorrectionOverHttpTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(120);

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, HttpMethod method, string path, string key, string json, CancellationToken ct)
    {
        using var response = await HostApi.SendAsync(http, method, path, key, HostApi.Json(json), ct);
        return response.StatusCode;
    }

    private static async Task<JsonElement> WaitForRoundAsync(HttpClient http, string id, int round, string status, CancellationToken ct)
    {
        while (true)
        {
            var document = await HostApi.StatusDocumentAsync(http, id, ct);
            if (document.GetProperty("status").GetString() == status && document.GetProperty("round").GetInt32() == round)
            {
                return document;
            }

            await Task.Delay(100, ct);
        }
    }

    [Fact]
    public async Task InvalidCorrectedFile_ThenValidOne_IsPublished()
    {
        // request-changes -> invalid corrected file -> ChangesRequested with its errors -> valid file ->
        // AwaitingReview with the change since round 1 -> approve -> Published.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync("Invalid" + Guid.NewGuid().ToString("N")[..8], azurite, cts.Token);
        using var http = new HttpClient { BaseAddress = host.ApiAddress };
        var original = HostApi.AsanJson("invalid-correction");

        using var upload = await HostApi.SendAsync(http, HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan", HostApi.Json(original), cts.Token);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync(cts.Token)).RootElement.GetProperty("submissionId").GetString()!;
        await WaitForRoundAsync(http, id, 1, "AwaitingReview", cts.Token);
        Assert.Equal(HttpStatusCode.Accepted, await SendAsync(http, HttpMethod.Post, $"/api/submissions/{id}/review", "dev-reviewer", """{"decision":"request-changes","comment":"Check LNG-01"}""", cts.Token));
        await WaitForRoundAsync(http, id, 1, "ChangesRequested", cts.Token);

        var invalid = JsonNode.Parse(original)!;
        WorkflowPathsOverHttpTests.Answer(invalid, "COM-03", "maybe");
        Assert.Equal(HttpStatusCode.Accepted, await SendAsync(http, HttpMethod.Put, $"/api/submissions/{id}/answers", "dev-city-asan", invalid.ToJsonString(), cts.Token));
        var returned = await WaitForRoundAsync(http, id, 2, "ChangesRequested", cts.Token);
        Assert.Equal("answer-invalid-option", Assert.Single(returned.GetProperty("validation").GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());

        var corrected = JsonNode.Parse(original)!;
        WorkflowPathsOverHttpTests.Answer(corrected, "LNG-01", "yes");
        Assert.Equal(HttpStatusCode.Accepted, await SendAsync(http, HttpMethod.Put, $"/api/submissions/{id}/answers", "dev-city-asan", corrected.ToJsonString(), cts.Token));
        var third = await WaitForRoundAsync(http, id, 3, "AwaitingReview", cts.Token);
        Assert.Equal("LNG-01", Assert.Single(third.GetProperty("review").GetProperty("changedAnswers").EnumerateArray()).GetProperty("questionId").GetString());

        Assert.Equal(HttpStatusCode.Accepted, await SendAsync(http, HttpMethod.Post, $"/api/submissions/{id}/review", "dev-reviewer", """{"decision":"approve"}""", cts.Token));
        await WaitForRoundAsync(http, id, 3, "Published", cts.Token);
    }
}
