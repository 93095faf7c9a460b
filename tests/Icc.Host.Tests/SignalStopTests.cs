using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Icc.Host.Tests.Infrastructure;

namespace Icc.Host.Tests;

/// <summary>
/// SIGTERM, as a service manager sends it: the console lifetime fires ApplicationStopping before the host's stop
/// reaches TaskHubLifecycle, the order in which a sidecar on the host's token stopped dispatching before the drain.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SignalStopTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(120);

    // A correctness bound, not a timing test: the drain takes about a second; in the wrong order the drain waits
    // out DurableTask.AzureStorage's 60 s per partition.
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Sigterm_RightAfterUploadsAndADecision_ExitsPromptlyAndReleasesEveryPartition()
    {
        using var cts = new CancellationTokenSource(TestTimeout);
        var taskHub = "Sigterm" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await HostProcess.StartAsync(azurite, taskHub, HostProcess.FreePort(), HostProcess.FreePort(), cts.Token);
        using var http = new HttpClient { BaseAddress = host.ApiAddress };

        var first = await UploadAsync(http, "sigterm-0", cts.Token);
        await HostApi.WaitForStatusAsync(http, first, "AwaitingReview", cts.Token);

        // An event and twelve new instances at once: control-queue messages the backend holds in memory at the signal.
        using (var decision = await HostApi.SendAsync(http, HttpMethod.Post, $"/api/submissions/{first}/review", "dev-reviewer",
            HostApi.Json("""{"decision":"approve"}"""), cts.Token))
        {
            Assert.Equal(HttpStatusCode.Accepted, decision.StatusCode);
        }

        await Task.WhenAll(Enumerable.Range(1, 12).Select(i => UploadAsync(http, $"sigterm-{i}", cts.Token)));

        var exited = await host.TerminateAsync(ExitBound);
        output.WriteLine($"exited after SIGTERM in {exited?.TotalSeconds:0.0} s");
        Assert.NotNull(exited);

        var owned = new List<string>();
        await foreach (var lease in new TableServiceClient(azurite.ConnectionString).GetTableClient(taskHub + "Partitions").QueryAsync<TableEntity>(cancellationToken: cts.Token))
        {
            if (lease.GetString("CurrentOwner") is { } owner)
            {
                owned.Add($"{lease.RowKey}: {owner}");
            }
        }

        Assert.Empty(owned);
    }

    private static async Task<string> UploadAsync(HttpClient http, string marker, CancellationToken ct)
    {
        using var upload = await HostApi.SendAsync(http, HttpMethod.Post, "/api/cities/asan/submissions", "dev-city-asan",
            HostApi.Json(HostApi.AsanJson(marker)), ct);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        return JsonDocument.Parse(await upload.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("submissionId").GetString()!;
    }
}
