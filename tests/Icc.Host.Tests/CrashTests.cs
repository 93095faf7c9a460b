using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Icc.Application.Storage;
using Icc.Application.Storage.Tables;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests;

/// <summary>Kills the host process (SIGKILL) mid-workflow and restarts it: nothing is lost or done twice.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrashTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(240);
    private static readonly TimeSpan ActivityStartBound = TimeSpan.FromSeconds(60);

    // The worker SDK logs "'{name}' activity of orchestration ID '{id}' started." as it calls our activity
    // (category Microsoft.DurableTask.Worker.Activities, event 603, Information); the child host enables that category.
    private static readonly string[] WorkerLogArgs = ["--Logging:LogLevel:Microsoft.DurableTask.Worker.Activities=Information"];

    private static readonly TableNames Tables = new();

    [Fact]
    public async Task HostKilled_WhileAwaitingReviewAndWhileGeneratingReport_CompletesExactlyOnce()
    {
        // SIGKILL at AwaitingReview, restart, approve, SIGKILL once GenerateReport runs (a report of some 400 pages,
        // seconds to draw), restart: the instance completes, one report blob, each answer once, one decision.
        using var cts = new CancellationTokenSource(TestTimeout);
        var taskHub = "Crash" + Guid.NewGuid().ToString("N")[..8];
        int httpPort = HostProcess.FreePort(), sidecarPort = HostProcess.FreePort();

        string id;
        await using (var first = await HostProcess.StartAsync(azurite, taskHub, httpPort, sidecarPort, cts.Token, WorkerLogArgs))
        {
            using var http = new HttpClient { BaseAddress = first.ApiAddress };
            using var upload = await HostApi.SendAsync(http, HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan",
                HostApi.Json(HostApi.AsanJson("crash", WithLongEvidence)), cts.Token);
            Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
            id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync(cts.Token)).RootElement.GetProperty("submissionId").GetString()!;
            await HostApi.WaitForStatusAsync(http, id, "AwaitingReview", cts.Token);
            first.Kill();
        }

        Assert.Equal("AwaitingReview", await this.SubmissionStatusAsync(id, cts.Token));
        Assert.Equal("Running", await this.RuntimeStatusAsync(taskHub, id, cts.Token));

        await using (var second = await HostProcess.StartAsync(azurite, taskHub, httpPort, sidecarPort, cts.Token, WorkerLogArgs))
        {
            using var http = new HttpClient { BaseAddress = second.ApiAddress };
            var reportStarted = second.NextLineContainingAsync($"'GenerateReport' activity of orchestration ID '{id}' started.");
            using var decision = await HostApi.SendAsync(http, HttpMethod.Post, $"/api/submissions/{id}/review", "dev-reviewer",
                HostApi.Json("""{"decision":"approve"}"""), cts.Token);
            Assert.Equal(HttpStatusCode.Accepted, decision.StatusCode);
            output.WriteLine(await reportStarted.WaitAsync(ActivityStartBound, cts.Token));
            second.Kill();
        }

        // The activity had been handed over and had not finished: the row never reached Published, the instance runs.
        Assert.Equal("GeneratingReport", await this.SubmissionStatusAsync(id, cts.Token));
        Assert.Equal("Running", await this.RuntimeStatusAsync(taskHub, id, cts.Token));
        output.WriteLine($"report blob at the kill: {(await this.ReportBlobsAsync(id, cts.Token)).Count}");

        await using (var third = await HostProcess.StartAsync(azurite, taskHub, httpPort, sidecarPort, cts.Token))
        {
            using var http = new HttpClient { BaseAddress = third.ApiAddress };
            await HostApi.WaitForStatusAsync(http, id, "Published", cts.Token);
            while (await this.RuntimeStatusAsync(taskHub, id, cts.Token) == "Running")
            {
                await Task.Delay(100, cts.Token);
            }
        }

        Assert.Equal("Completed", await this.RuntimeStatusAsync(taskHub, id, cts.Token));
        Assert.Equal([$"asan/{id}.pdf"], await this.ReportBlobsAsync(id, cts.Token));
        var answerKeys = await this.RowsAsync(Tables.Answers, id, cts.Token);
        Assert.Equal(85, answerKeys.Count); // 84 answers and the profile row of round 1, each once
        Assert.Equal(answerKeys.Count, answerKeys.Select(r => r.RowKey).Distinct().Count());
        var log = await this.RowsAsync(Tables.ReviewLog, id, cts.Token);
        Assert.Single(log, entry => entry.GetString("Kind") == "Decision");
    }

    // Every answer carries 19 000 characters of evidence (the limit is 20 000): the achieved ones are quoted,
    // so the report runs to about 400 pages and takes seconds to draw, long enough for the kill to land inside.
    private static void WithLongEvidence(JsonNode json)
    {
        var evidence = string.Concat(Enumerable.Repeat("The intercultural office trains staff every year and reports to the council. ", 250))[..19_000];
        foreach (var answer in json["answers"]!.AsArray())
        {
            answer!["evidence"] = evidence;
        }
    }

    private async Task<string?> SubmissionStatusAsync(string id, CancellationToken ct)
    {
        var row = await new TableServiceClient(azurite.ConnectionString).GetTableClient(Tables.Submissions)
            .GetEntityIfExistsAsync<TableEntity>(id, "submission", cancellationToken: ct); // SubmissionEntity's row key
        return row.HasValue ? row.Value!.GetString("Status") : null;
    }

    // The engine's own record of the instance: DurableTask.AzureStorage's {taskHub}Instances table.
    private async Task<string?> RuntimeStatusAsync(string taskHub, string id, CancellationToken ct)
    {
        var row = await new TableServiceClient(azurite.ConnectionString).GetTableClient(taskHub + "Instances")
            .GetEntityIfExistsAsync<TableEntity>(id, string.Empty, cancellationToken: ct);
        return row.HasValue ? row.Value!.GetString("RuntimeStatus") : null;
    }

    private async Task<List<string>> ReportBlobsAsync(string id, CancellationToken ct)
    {
        var reports = new List<string>();
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.ReportsContainer);
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"asan/{id}", ct))
        {
            reports.Add(blob.Name);
        }

        return reports;
    }

    private async Task<List<TableEntity>> RowsAsync(string table, string id, CancellationToken ct)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in new TableServiceClient(azurite.ConnectionString).GetTableClient(table).QueryAsync<TableEntity>(e => e.PartitionKey == id, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}
