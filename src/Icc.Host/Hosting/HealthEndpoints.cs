using Microsoft.AspNetCore.Http.HttpResults;

namespace Icc.Host.Hosting;

/// <summary>The liveness probe, same route and body as the Functions app's <c>Health</c> function.</summary>
internal static class HealthEndpoints
{
    /// <summary>Maps <c>GET /api/health</c>.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", Get);
        return app;
    }

    private static Ok<HealthStatus> Get() => TypedResults.Ok(new HealthStatus("healthy"));

    /// <summary>The probe's body.</summary>
    /// <param name="Status">Always <c>healthy</c> while the process serves requests.</param>
    internal sealed record HealthStatus(string Status);
}
