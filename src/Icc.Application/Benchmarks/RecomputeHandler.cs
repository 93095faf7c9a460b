using Icc.Application.Http;
using Icc.Application.Security;
using Icc.Domain.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Benchmarks;

/// <summary>
/// POST /api/benchmarks/recompute (admin): starts a recomputation, or reports the one already running.
/// Answers 202 either way, with the instance and whether this request started it.
/// </summary>
public sealed class RecomputeHandler(ApiKeyAuthenticator authenticator, RecomputeStarter starter, ILogger<RecomputeHandler> logger)
{
    /// <summary>Handles the request.</summary>
    public Task<IResult> HandleAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, RouteNames.RecomputeBenchmarks, () => this.StartAsync(request, client, cancellationToken), cancellationToken);

    private async Task<IResult> StartAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (caller, refused) = authenticator.Authorize(request, "recompute the benchmarks", ApiRole.Admin);
        if (caller is null)
        {
            return refused!;
        }

        var run = await starter.StartOrGetAsync(client, caller.Name, cancellationToken);
        return Results.Json(run, IccJson.Options, statusCode: StatusCodes.Status202Accepted);
    }
}
