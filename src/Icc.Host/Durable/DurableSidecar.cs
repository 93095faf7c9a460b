using System.Globalization;
using DurableTask.Core;
using Microsoft.Extensions.Options;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;

namespace Icc.Host.Durable;

/// <summary>
/// The in-process Durable Task sidecar: <see cref="TaskHubGrpcServer"/> serves the worker's and the client's
/// gRPC calls and dispatches work items from the registered orchestration service.
/// </summary>
internal static class DurableSidecar
{
    /// <summary>Registers gRPC and the sidecar as a singleton: it holds the one worker connection.</summary>
    public static IServiceCollection AddDurableSidecar(this IServiceCollection services)
    {
        services.AddGrpc();
        services.AddSingleton<SidecarLifetime>();

        // The sidecar gets its own lifetime, whose ApplicationStopping TaskHubLifecycle fires after the drain.
        services.AddSingleton(sp => new TaskHubGrpcServer(
            sp.GetRequiredService<SidecarLifetime>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<IOrchestrationService>(),
            sp.GetRequiredService<IOrchestrationServiceClient>(),
            sp.GetRequiredService<IOptions<TaskHubGrpcServerOptions>>()));
        return services;
    }

    /// <summary>Maps the sidecar's gRPC service on the internal endpoint only.</summary>
    public static IEndpointRouteBuilder MapDurableSidecar(this IEndpointRouteBuilder app, int sidecarPort)
    {
        app.MapGrpcService<TaskHubGrpcServer>()
            .RequireHost(string.Create(CultureInfo.InvariantCulture, $"*:{sidecarPort}"));
        return app;
    }
}
