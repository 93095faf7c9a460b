using System.Reflection;
using Icc.Application.Benchmarks;
using Icc.Application.Workflow;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Icc.Host.Tests;

public sealed class HostParityTests
{
    private static readonly Assembly FunctionsApp = typeof(Icc.Functions.Workflow.SubmissionOrchestratorFunction).Assembly;

    private static IEnumerable<(string Name, ParameterInfo Trigger)> Functions() =>
        FunctionsApp.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Method: m))
            .Where(x => x.Function is not null)
            .Select(x => (x.Function!.Name, x.Method.GetParameters().First(p => p.GetCustomAttributes().Any(a => a.GetType().Name.EndsWith("TriggerAttribute", StringComparison.Ordinal)))));

    private static string TriggerKind(ParameterInfo trigger) =>
        trigger.GetCustomAttributes().Select(a => a.GetType().Name).First(n => n.EndsWith("TriggerAttribute", StringComparison.Ordinal));

    // The Functions app's HTTP routes as "METHOD /api/template name".
    private static SortedSet<string> FunctionRoutes() => new(
        Functions().Where(f => TriggerKind(f.Trigger) == nameof(HttpTriggerAttribute)).SelectMany(f =>
        {
            var http = f.Trigger.GetCustomAttribute<HttpTriggerAttribute>()!;
            return http.Methods!.Select(method => $"{method.ToUpperInvariant()} /api/{http.Route} {f.Name}");
        }));

    // The standalone host's routes in the same form.
    private static SortedSet<string> HostRoutes()
    {
        var app = IccHost.Build(["--Durable:TaskHub=ParityHub"]);
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>();
        return new SortedSet<string>(endpoints
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m =>
                $"{m} {e.RoutePattern.RawText} {e.Metadata.GetMetadata<EndpointNameMetadata>()?.EndpointName}")));
    }

    // The orchestrators and activities the standalone worker registers (read from the registry's internal lists:
    // the SDK offers no public way to enumerate them).
    private static SortedSet<string> HostTasks()
    {
        var registry = new DurableTaskRegistry().AddIccWorkflows();
        IEnumerable<string> Names(string property) =>
            ((System.Collections.IEnumerable)typeof(DurableTaskRegistry).GetProperty(property, BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(registry)!)
                .Cast<object>()
                .Select(pair => ((TaskName)pair.GetType().GetProperty("Key")!.GetValue(pair)!).Name);
        return new SortedSet<string>(Names("Orchestrators").Select(n => "orchestrator " + n).Concat(Names("Activities").Select(n => "activity " + n)));
    }

    private static SortedSet<string> FunctionTasks() => new(
        Functions().Select(f => (f.Name, Kind: TriggerKind(f.Trigger)))
            .Where(f => f.Kind is "OrchestrationTriggerAttribute" or "ActivityTriggerAttribute")
            .Select(f => (f.Kind == "OrchestrationTriggerAttribute" ? "orchestrator " : "activity ") + f.Name));

    [Fact]
    public void HttpRoutes_OfBothHosts_AreTheSame()
    {
        // Every route, method and name the Functions app declares is served by the standalone host, and no other.
        var functions = FunctionRoutes();
        Assert.NotEmpty(functions);
        Assert.Equal(functions, HostRoutes());
    }

    [Fact]
    public void DurableTasks_OfBothHosts_AreTheSame()
    {
        // Every orchestrator and activity of the Functions app is registered on the standalone worker, and no other.
        var functions = FunctionTasks();
        Assert.Contains("orchestrator " + WorkflowNames.SubmissionOrchestration, functions);
        Assert.Equal(functions, HostTasks());
    }

    [Fact]
    public void TimerFunctions_OfTheFunctionsApp_AreScheduledByTheHostFromTheSameSetting()
    {
        // The one timer (benchmark recomputation) reads Icc:Benchmarks:Schedule; the host schedules from the same setting.
        var timers = Functions().Where(f => TriggerKind(f.Trigger) == nameof(TimerTriggerAttribute)).ToList();
        var timer = Assert.Single(timers);
        Assert.Equal(Icc.Functions.Benchmarks.BenchmarkScheduleFunction.Name, timer.Name);
        Assert.Equal("%" + BenchmarkOptions.Section + ":Schedule%", timer.Trigger.GetCustomAttribute<TimerTriggerAttribute>()!.Schedule);

        var app = IccHost.Build(["--Durable:TaskHub=ParityHub"]);
        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s.GetType().Name == "BenchmarkSchedule");
    }
}
