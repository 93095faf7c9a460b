using Microsoft.AspNetCore.Http;

namespace Icc.Application.Http;

/// <summary>The health body.</summary>
/// <param name="Status">Always <c>healthy</c> when the process answers.</param>
public sealed record HealthStatus(string Status);

/// <summary>GET health: a liveness probe that answers 200 without a key, so load balancers can call it.</summary>
public sealed class HealthHandler
{
    private static readonly HealthStatus Healthy = new("healthy");

    /// <summary>Handles the request: always 200.</summary>
    public IResult Handle() => Results.Json(Healthy, Domain.Json.IccJson.Options);
}
