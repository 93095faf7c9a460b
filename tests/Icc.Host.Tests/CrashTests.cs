using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Icc.Application.Storage;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests;

/// <summary>Kills the host process (SIGKILL) mid-workflow and restarts it: nothing is lost or done twice.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrashTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(240);

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string key, HttpContent? body, CancellationToken ct) =>
        HostApi.SendAsync(http, method, path, key, body, ct);

    private static async Task<string> StatusAsync(HttpClient http, string id, CancellationToken ct) =>
        (await HostApi.StatusDocumentAsync(http, id, ct)).GetProperty("status").GetString()!;

    [Fact]
    public async Task HostKilled_WhileAwaitingReviewAndWhileGeneratingReport_CompletesExactlyOnce()
    {
        // SIGKILL at AwaitingReview, restart, approve, SIGKILL while GeneratingReport, restart: published once,
        // one report blob, each answer stored once, one decision in the review log.
        using var cts = new CancellationTokenSource(TestTimeout);
        var taskHub = "Crash" + Guid.NewGuid().ToString("N")[..8];
        int httpPort = HostProcess.FreePort(), sidecarPort = HostProcess.FreePort();

        string id;
        await using (var first = await HostProcess.StartAsync(azurite, taskHub, httpPort, sidecarPort, cts.Token))
        {
            using var http = new HttpClient { BaseAddress = first.ApiAddress };
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(HostApi.AsanJson("crash")));
            content.Headers.ContentType = new("application/json");
            using var upload = await SendAsync(http, HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan", content, cts.Token);
            Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
            id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync(cts.Token)).RootElement.GetProperty("submissionId").GetString()!;
            await HostApi.WaitForStatusAsync(http, id, "AwaitingReview", cts.Token);
            first.Kill();
        }

        await using (var second = await HostProcess.StartAsync(azurite, taskHub, httpPort, sidecarPort, cts.Token))
        {
            using var http = new HttpClient { BaseAddress = second.ApiAddress };
            using var decision = await SendAsync(http, HttpMethod.Post, $"/api/submissions/{id}/review", "dev-reviewer",
                HostApi.Json("""{"decision":"approve"}"""), cts.Token);
            Assert.Equal(HttpStatusCode.Accepted, decision.StatusCode);
            Assert.Equal("GeneratingReport", await StatusAsync(http, id, cts.Token));
            second.Kill();
        }

        await using (var third = await HostProcess.StartAsync(azurite, taskHub, httpPort, sidecarPort, cts.Token))
        {
            using var http = new HttpClient { BaseAddress = third.ApiAddress };
            await HostApi.WaitForStatusAsync(http, id, "Published", cts.Token);
        }

        var reports = new List<string>();
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.ReportsContainer);
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"asan/{id}", cts.Token))
        {
            reports.Add(blob.Name);
        }

        Assert.Equal([$"asan/{id}.pdf"], reports);
        var keys = new List<string>();
        await foreach (var row in new TableServiceClient(azurite.ConnectionString).GetTableClient("answers").QueryAsync<TableEntity>(e => e.PartitionKey == id, cancellationToken: cts.Token))
        {
            keys.Add(row.RowKey);
        }

        Assert.Equal(85, keys.Count); // 84 answers and the profile row of round 1, each once
        var decisions = 0;
        await foreach (var entry in new TableServiceClient(azurite.ConnectionString).GetTableClient("reviewlog").QueryAsync<TableEntity>(e => e.PartitionKey == id, cancellationToken: cts.Token))
        {
            decisions += entry.GetString("Kind") == "Decision" ? 1 : 0;
        }

        Assert.Equal(1, decisions);
    }
}
