using Icc.Application.Benchmarks;
using Icc.Application.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Icc.Functions.Http;

namespace Icc.Functions.Benchmarks;

/// <summary>The benchmark endpoints: bind, call the shared handler, return.</summary>
public sealed class BenchmarkFunctions(RecomputeHandler recompute, BenchmarkHandler snapshots)
{
    /// <summary>POST api/benchmarks/recompute (admin).</summary>
    [Function(RouteNames.RecomputeBenchmarks)]
    public Task<IActionResult> RecomputeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.RecomputeBenchmarks)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        recompute.HandleAsync(request, client, cancellationToken).ToActionResult();

    /// <summary>GET api/benchmarks/current.</summary>
    [Function(RouteNames.GetCurrentBenchmark)]
    public Task<IActionResult> CurrentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CurrentBenchmark)] HttpRequest request,
        CancellationToken cancellationToken) =>
        snapshots.CurrentAsync(request, cancellationToken).ToActionResult();

    /// <summary>GET api/benchmarks/{version}.</summary>
    [Function(RouteNames.GetBenchmark)]
    public Task<IActionResult> VersionAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Benchmark)] HttpRequest request,
        string version,
        CancellationToken cancellationToken) =>
        snapshots.VersionAsync(request, version, cancellationToken).ToActionResult();
}
