using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests;

/// <summary>The other paths of the workflow, over real HTTP on the standalone host.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class WorkflowPathsOverHttpTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(120);

    private static string Sample(Action<JsonNode>? change = null) => HostApi.AsanJson("paths", change);

    internal static void Answer(JsonNode json, string question, string answer)
    {
        foreach (var entry in json["answers"]!.AsArray())
        {
            if ((string?)entry!["question"] == question)
            {
                entry["answer"] = answer;
            }
        }
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient http, HttpMethod method, string path, string key, string? json, CancellationToken ct)
    {
        using var response = await HostApi.SendAsync(http, method, path, key, json is null ? null : HostApi.Json(json), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static Task<JsonElement> WaitForStatusAsync(HttpClient http, string id, string status, CancellationToken ct) =>
        HostApi.WaitForStatusAsync(http, id, status, ct);

    private static async Task<string> UploadAsync(HttpClient http, string json, CancellationToken ct)
    {
        var (status, body) = await SendAsync(http, HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan", json, ct);
        Assert.Equal(HttpStatusCode.Accepted, status);
        return body.GetProperty("submissionId").GetString()!;
    }

    [Fact]
    public async Task Paths_RejectInvalidChangesAndIdempotentUpload_BehaveAsSpecified()
    {
        // Over HTTP: reject, an invalid file, request-changes then a corrected file then approval, and a repeated upload.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync("Paths" + Guid.NewGuid().ToString("N")[..8], azurite, cts.Token);
        using var http = new HttpClient { BaseAddress = host.ApiAddress };

        var rejected = await UploadAsync(http, Sample(), cts.Token);
        await WaitForStatusAsync(http, rejected, "AwaitingReview", cts.Token);
        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(http, HttpMethod.Post, $"/api/submissions/{rejected}/review", "dev-reviewer", """{"decision":"reject","comment":"No"}""", cts.Token)).Status);
        await WaitForStatusAsync(http, rejected, "Rejected", cts.Token);

        var invalid = await UploadAsync(http, Sample(j => Answer(j, "COM-03", "maybe")), cts.Token);
        var invalidDocument = await WaitForStatusAsync(http, invalid, "Rejected", cts.Token);
        Assert.Equal("answer-invalid-option", invalidDocument.GetProperty("validation").GetProperty("errors")[0].GetProperty("code").GetString());

        var original = Sample();
        var changed = await UploadAsync(http, original, cts.Token);
        Assert.Equal(changed, await UploadAsync(http, original, cts.Token)); // the same bytes name the same submission
        await WaitForStatusAsync(http, changed, "AwaitingReview", cts.Token);
        var request = """{"decision":"request-changes","comment":"Check LNG-01","questions":[{"questionId":"LNG-01","comment":"Any training for hard-to-reach groups?"}]}""";
        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(http, HttpMethod.Post, $"/api/submissions/{changed}/review", "dev-reviewer", request, cts.Token)).Status);
        await WaitForStatusAsync(http, changed, "ChangesRequested", cts.Token);
        var corrected = JsonNode.Parse(original)!;
        Answer(corrected, "LNG-01", "yes");
        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(http, HttpMethod.Put, $"/api/submissions/{changed}/answers", "dev-city-asan", corrected.ToJsonString(), cts.Token)).Status);
        var second = await WaitForStatusAsync(http, changed, "AwaitingReview", cts.Token);
        Assert.Equal(2, second.GetProperty("round").GetInt32());
        Assert.Contains(second.GetProperty("review").GetProperty("changedAnswers").EnumerateArray(), c => c.GetProperty("questionId").GetString() == "LNG-01");
        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(http, HttpMethod.Post, $"/api/submissions/{changed}/review", "dev-reviewer", """{"decision":"approve"}""", cts.Token)).Status);
        await WaitForStatusAsync(http, changed, "Published", cts.Token);
        await host.WaitForCompletionAsync(changed, cts.Token);

        // The first file again, once the instance has completed: the same, published submission, and no second run.
        var (again, againBody) = await SendAsync(http, HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan", original, cts.Token);
        Assert.Equal(HttpStatusCode.Accepted, again);
        Assert.Equal(changed, againBody.GetProperty("submissionId").GetString());
        Assert.Equal("Published", againBody.GetProperty("status").GetString());
        Assert.Equal(1, await host.ExecutionsStartedAsync(changed, cts.Token));
    }

    [Fact]
    public async Task SameBytes_UploadedTwiceAtOnce_OneSubmissionAndOneOrchestration()
    {
        // Two uploads of the same file at the same moment: both name one submission, whose instance started once.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync("Twice" + Guid.NewGuid().ToString("N")[..8], azurite, cts.Token);
        using var http = new HttpClient { BaseAddress = host.ApiAddress };

        var json = Sample();
        var ids = await Task.WhenAll(UploadAsync(http, json, cts.Token), UploadAsync(http, json, cts.Token));
        Assert.Equal(ids[0], ids[1]);
        await WaitForStatusAsync(http, ids[0], "AwaitingReview", cts.Token);
        Assert.Equal(1, await host.ExecutionsStartedAsync(ids[0], cts.Token));

        // The CSV form of the same answers goes the same way.
        var csv = await HostApi.SendAsync(http, HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan", HostApi.Csv("paths csv"), cts.Token);
        Assert.Equal(HttpStatusCode.Accepted, csv.StatusCode);
        var csvId = JsonDocument.Parse(await csv.Content.ReadAsStringAsync(cts.Token)).RootElement.GetProperty("submissionId").GetString()!;
        Assert.NotEqual(ids[0], csvId);
        var scored = await WaitForStatusAsync(http, csvId, "AwaitingReview", cts.Token);
        Assert.Equal(87, scored.GetProperty("scores").GetProperty("index").GetInt32());
    }

    [Fact]
    public async Task NoDecisionOrNoCorrection_WithShortPeriods_ExpireOverHttp()
    {
        // With an 8 s review period (room for the request for changes on a loaded machine), 1 s reminders and a
        // 3 s correction period on the host: an unanswered review expires with reminders on record, and so does a
        // request for changes that no corrected file follows.
        using var cts = new CancellationTokenSource(TestTimeout);
        await using var host = await RunningHost.StartAsync("Expiry" + Guid.NewGuid().ToString("N")[..8], azurite, cts.Token,
            "--Icc:Review:ReminderInterval=00:00:01", "--Icc:Review:ReviewPeriod=00:00:08", "--Icc:Review:CorrectionPeriod=00:00:03");
        using var http = new HttpClient { BaseAddress = host.ApiAddress };

        var unanswered = await UploadAsync(http, Sample(), cts.Token);
        var uncorrected = await UploadAsync(http, Sample(), cts.Token);
        await WaitForStatusAsync(http, uncorrected, "AwaitingReview", cts.Token);
        var request = """{"decision":"request-changes","comment":"Check LNG-01"}""";
        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(http, HttpMethod.Post, $"/api/submissions/{uncorrected}/review", "dev-reviewer", request, cts.Token)).Status);

        var expired = await WaitForStatusAsync(http, unanswered, "Expired", cts.Token);
        Assert.True(expired.GetProperty("review").GetProperty("history").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "reminder") >= 1);
        var lapsed = await WaitForStatusAsync(http, uncorrected, "Expired", cts.Token);
        Assert.True(lapsed.GetProperty("stageTimes").TryGetProperty("ChangesRequested", out _));
        Assert.Equal(1, lapsed.GetProperty("round").GetInt32());
    }
}
