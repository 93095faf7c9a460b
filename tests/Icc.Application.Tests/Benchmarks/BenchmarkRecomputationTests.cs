using Icc.Application.Benchmarks;
using Icc.Application.Tests.Http;
using Icc.Application.Tests.Infrastructure;
using Icc.Domain.Benchmarking;
using Icc.Domain.Benchmarking.Sample;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Benchmarks;

public sealed class BenchmarkRecomputationTests
{
    private static CancellationTokenSource Timeout() => new(TimeSpan.FromSeconds(90));

    private static async Task<BenchmarkSummary> RecomputeAsync(WorkflowHost host, CancellationToken cancellationToken)
    {
        var run = await host.Services.GetRequiredService<RecomputeStarter>().StartOrGetAsync(host.Client, "test", cancellationToken);
        Assert.True(run.Started);
        var done = await host.Client.WaitForInstanceCompletionAsync(run.InstanceId, getInputsAndOutputs: true, cancellationToken);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        return done.ReadOutputAs<BenchmarkSummary>()!;
    }

    private static async Task<TestResponse> GetAsync(WorkflowHost host, string? version, string key, CancellationToken cancellationToken)
    {
        using var scope = host.Services.CreateScope();
        var request = new TestRequest(scope.ServiceProvider, "GET", key);
        var handler = scope.ServiceProvider.GetRequiredService<BenchmarkHandler>();
        return await request.ExecuteAsync(version is null
            ? await handler.CurrentAsync(request.Http, cancellationToken)
            : await handler.VersionAsync(request.Http, version, cancellationToken));
    }

    private static async Task<TestResponse> PostRecomputeAsync(WorkflowHost host, string key, CancellationToken cancellationToken)
    {
        using var scope = host.Services.CreateScope();
        var request = new TestRequest(scope.ServiceProvider, "POST", key);
        return await request.ExecuteAsync(await scope.ServiceProvider.GetRequiredService<RecomputeHandler>().HandleAsync(request.Http, host.Client, cancellationToken));
    }

    [Fact]
    public async Task FirstStart_EmptyStorage_LoadsTheEmbeddedSample()
    {
        // A fresh installation compares with the embedded default sample: 129 cities, 128 of them synthetic.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();

        var current = await GetAsync(host, null, TestKeys.CityAsan, cts.Token);

        Assert.Equal(200, current.Status);
        Assert.Equal(DefaultSample.Version, current.Json.GetProperty("version").GetString());
        Assert.Equal(129, current.Json.GetProperty("cities").GetInt32());
        Assert.Equal(128, current.Json.GetProperty("syntheticCities").GetInt32());
    }

    [Fact]
    public async Task Recompute_NewPublishedCity_ChangesTheSnapshotByExactlyItsContribution()
    {
        // Publishing one more city and recomputing adds it to every group it belongs to and nothing else;
        // the older versions stay readable and unchanged.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();
        var snapshots = host.Services.GetRequiredService<IBenchmarkSnapshots>();
        var before = await RecomputeAsync(host, cts.Token);
        var old = (await snapshots.LoadAsync(before.Version, cts.Token))!.Snapshot;
        Assert.Equal(129, old.Cities);

        var newcomer = DefaultSample.Cities[5].Entry with { CityId = "newtown", CityName = "Newtown", Synthetic = false };
        await host.Services.GetRequiredService<IPublishedResults>().PublishAsync(new PublishedResult(newcomer, null, DateTimeOffset.UtcNow), cts.Token);
        var after = await RecomputeAsync(host, cts.Token);

        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal(after.Version, (await snapshots.FindCurrentAsync(cts.Token))!.Version);
        var updated = (await snapshots.LoadAsync(after.Version, cts.Token))!.Snapshot;
        Assert.Equal(130, updated.Cities);
        foreach (var group in ComparisonGroup.Standard)
        {
            var was = old.Group(group.Id);
            var now = updated.Group(group.Id);
            var joins = group.Includes(newcomer) ? 1 : 0;
            Assert.Equal(was.Size + joins, now.Size);
            foreach (var (figure, stats) in now.Figures)
            {
                var previous = was.Figures[figure];
                var added = joins == 1 && newcomer.Figures.TryGetValue(figure, out var value) ? value : (decimal?)null;
                Assert.Equal(previous.Count + (added is null ? 0 : 1), stats.Count);
                var expectedSum = (previous.Mean * previous.Count) + (added ?? 0);
                Assert.Equal(decimal.Round(expectedSum, 18), decimal.Round(stats.Mean * stats.Count, 18));
            }
        }

        // The older version is kept as it was.
        Assert.Equal(old, (await snapshots.LoadAsync(before.Version, cts.Token))!.Snapshot, SnapshotComparer.Instance);
    }

    [Fact]
    public async Task Recompute_TwoRequestsAtOnce_StartOneOrchestration()
    {
        // Both requests name the same instance; exactly one of them started it.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();
        var starter = host.Services.GetRequiredService<RecomputeStarter>();

        var runs = await Task.WhenAll(
            starter.StartOrGetAsync(host.Client, "first", cts.Token),
            starter.StartOrGetAsync(host.Client, "second", cts.Token));

        Assert.Single(runs, r => r.Started);
        Assert.All(runs, r => Assert.Equal(BenchmarkRecomputation.InstanceId, r.InstanceId));
        var done = await host.Client.WaitForInstanceCompletionAsync(BenchmarkRecomputation.InstanceId, cts.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
    }

    [Fact]
    public async Task RecomputeEndpoint_Roles_OnlyAdminsMayStart()
    {
        // An admin gets 202 with the run; a reviewer or a city gets 403 and nothing starts.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();

        Assert.Equal(403, (await PostRecomputeAsync(host, TestKeys.Reviewer, cts.Token)).Status);
        Assert.Equal(403, (await PostRecomputeAsync(host, TestKeys.CityAsan, cts.Token)).Status);
        Assert.Null(await host.Client.GetInstanceAsync(BenchmarkRecomputation.InstanceId, cts.Token));

        var accepted = await PostRecomputeAsync(host, TestKeys.Admin, cts.Token);
        Assert.Equal(202, accepted.Status);
        Assert.Equal(BenchmarkRecomputation.InstanceId, accepted.Json.GetProperty("instanceId").GetString());
        Assert.True(accepted.Json.GetProperty("started").GetBoolean());
        await host.Client.WaitForInstanceCompletionAsync(BenchmarkRecomputation.InstanceId, cts.Token);
    }

    [Theory]
    [InlineData("20991231T000000000Z", "There is no benchmark version")]
    [InlineData("latest", "is not a benchmark version")]
    [InlineData("..%2F..%2Fsecrets", "is not a benchmark version")]
    public async Task GetVersion_UnknownOrMalformed_Is404WithAHint(string version, string message)
    {
        // A version that does not exist, or could not exist, is a 404 problem that says where to look.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();

        var response = await GetAsync(host, version, TestKeys.Reviewer, cts.Token);

        Assert.Equal(404, response.Status);
        Assert.True(response.IsProblem);
        Assert.Contains(message, response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("/api/benchmarks/current", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCurrent_NoKey_Is401()
    {
        // Snapshots are for callers with a key, whatever their role.
        using var cts = Timeout();
        await using var host = await WorkflowHost.StartAsync();

        var response = await GetAsync(host, DefaultSample.Version, TestKeys.Unknown, cts.Token);

        Assert.Equal(401, response.Status);
    }

    private sealed class SnapshotComparer : IEqualityComparer<BenchmarkSnapshot>
    {
        public static readonly SnapshotComparer Instance = new();

        public bool Equals(BenchmarkSnapshot? x, BenchmarkSnapshot? y) =>
            x is not null && y is not null && x.Version == y.Version && x.Cities == y.Cities
            && x.Groups.Zip(y.Groups).All(p => p.First.Id == p.Second.Id && p.First.Size == p.Second.Size
                && p.First.Figures.Count == p.Second.Figures.Count && p.First.Figures.All(f => p.Second.Figures[f.Key] == f.Value));

        public int GetHashCode(BenchmarkSnapshot obj) => obj.Cities;
    }
}
