using System.Collections;
using System.Reflection;
using Grpc.AspNetCore.Server;
using Icc.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Icc.Host.Tests.Parity;

/// <summary>
/// What the standalone host, as <see cref="IccHost.Build"/> builds it, serves and runs, in the lines of
/// <see cref="FunctionsAppDescription"/>. Nothing is left out silently: the only endpoints not described
/// are those of the Durable Task sidecar on its internal port, counted in <see cref="SidecarEndpoints"/>.
/// </summary>
internal sealed class StandaloneHostDescription
{
    private StandaloneHostDescription(WebApplication app)
    {
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).ToList();
        // The sidecar's endpoints (its gRPC methods and gRPC's "unimplemented" fallbacks) answer on the internal port only.
        var sidecarHost = $"*:{HostSettings.From(app.Configuration).SidecarPort}";
        var sidecar = endpoints.Where(e => e.Metadata.GetMetadata<IHostMetadata>()?.Hosts is [var host] && host == sidecarHost).ToList();
        this.SidecarGrpcMethods = sidecar.Count(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.ServiceType == typeof(TaskHubGrpcServer));
        this.SidecarEndpoints = sidecar.Count;
        this.Routes = new SortedSet<string>(endpoints.Except(sidecar).SelectMany(Describe));

        // The registry the worker is built from: AddTasks configures it as the worker's named options.
        var registry = app.Services.GetRequiredService<IOptionsMonitor<DurableTaskRegistry>>().Get(Options.DefaultName);
        this.Tasks = new SortedSet<string>(
            RegisteredNames(registry, "Orchestrators").Select(n => "orchestrator " + n)
                .Concat(RegisteredNames(registry, "Activities").Select(n => "activity " + n)));

        this.Timers = new SortedSet<string>(app.Services.GetServices<IHostedService>().OfType<IScheduledJob>()
            .Select(job => $"timer {job.FunctionName} {job.ScheduleSetting}"));
    }

    /// <summary>Every endpoint but the sidecar's: "METHOD pattern name", "ANY pattern name" without method metadata.</summary>
    public SortedSet<string> Routes { get; }

    /// <summary>The endpoints mapped on the sidecar's internal port only, the only ones not in <see cref="Routes"/>.</summary>
    public int SidecarEndpoints { get; }

    /// <summary>How many of <see cref="SidecarEndpoints"/> are gRPC methods of <see cref="TaskHubGrpcServer"/>.</summary>
    public int SidecarGrpcMethods { get; }

    /// <summary>The orchestrators and activities the worker registers.</summary>
    public SortedSet<string> Tasks { get; }

    /// <summary>The scheduled jobs among the hosted services.</summary>
    public SortedSet<string> Timers { get; }

    /// <summary>Builds the host as <c>Program</c> does (without starting it) and describes it.</summary>
    public static StandaloneHostDescription Build()
    {
        var app = IccHost.Build(["--Durable:TaskHub=ParityHub"]);
        return new StandaloneHostDescription(app);
    }

    private static IEnumerable<string> Describe(Endpoint endpoint)
    {
        var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (endpoint is not RouteEndpoint route)
        {
            return [$"ANY (not a route: {endpoint.DisplayName}) {name}"];
        }

        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        return methods.Count == 0
            ? [$"ANY {route.RoutePattern.RawText} {name}"]
            : methods.Select(m => $"{m} {route.RoutePattern.RawText} {name}");
    }

    // The SDK offers no public way to enumerate a registry; its internal dictionaries are keyed by TaskName.
    private static IEnumerable<string> RegisteredNames(DurableTaskRegistry registry, string property) =>
        ((IEnumerable)typeof(DurableTaskRegistry).GetProperty(property, BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(registry)!)
            .Cast<object>()
            .Select(pair => ((TaskName)pair.GetType().GetProperty("Key")!.GetValue(pair)!).Name);
}
