using Icc.Application.Http;
using Icc.Application.Security;
using Icc.Domain.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Benchmarks;

/// <summary>GET /api/benchmarks/current and /api/benchmarks/{version}: a snapshot's statistics, for any role.</summary>
public sealed class BenchmarkHandler(ApiKeyAuthenticator authenticator, IBenchmarkSnapshots snapshots, ILogger<BenchmarkHandler> logger)
{
    /// <summary>The current snapshot.</summary>
    public Task<IResult> CurrentAsync(HttpRequest request, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, RouteNames.GetCurrentBenchmark, () => this.ShowAsync(request, version: null, cancellationToken), cancellationToken);

    /// <summary>A snapshot by version.</summary>
    public Task<IResult> VersionAsync(HttpRequest request, string version, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, RouteNames.GetBenchmark, () => this.ShowAsync(request, version, cancellationToken), cancellationToken);

    private async Task<IResult> ShowAsync(HttpRequest request, string? version, CancellationToken cancellationToken)
    {
        var (caller, unauthorized) = authenticator.Authenticate(request);
        if (caller is null)
        {
            return unauthorized!;
        }

        if (version is not null && !BenchmarkVersions.IsVersion(version))
        {
            return Problems.NotFound(
                $"'{version}' is not a benchmark version. Versions look like 20261128T020000000Z; GET /api/benchmarks/current names the current one.");
        }

        var chosen = version ?? (await snapshots.FindCurrentAsync(cancellationToken))?.Version;
        var snapshot = chosen is null ? null : await snapshots.LoadStatisticsAsync(chosen, cancellationToken);
        if (snapshot is null)
        {
            return Problems.NotFound(version is null
                ? "No benchmark has been computed yet. An administrator can start one with POST /api/benchmarks/recompute."
                : $"There is no benchmark version {version}. GET /api/benchmarks/current names the current one.");
        }

        return Results.Json(snapshot, IccJson.Options);
    }
}
