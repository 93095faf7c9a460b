using Icc.Application.Http;
using Icc.Application.Storage;
using Icc.Application.Telemetry;
using Icc.Application.Workflow;
using Icc.Domain.Reporting;
using Icc.Reports.Pdf;
using Icc.Host.Durable;
using Icc.Host.Hosting;
using Microsoft.DurableTask;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Icc.Host;

/// <summary>
/// The standalone host: the workflow and HTTP handlers of the Functions app, run by a Durable Task worker
/// and client connected over gRPC to an in-process sidecar on DurableTask.AzureStorage. One process, two
/// endpoints: the public HTTP/1.1 API and the sidecar's loopback HTTP/2 endpoint.
/// </summary>
public static class IccHost
{
    /// <summary>Builds the host from appsettings.json, the environment and <paramref name="args"/>.</summary>
    /// <param name="args">Command-line settings, e.g. <c>--Durable:TaskHub=IccDev --Host:HttpPort=8080</c>.</param>
    /// <param name="configureTasks">Extra orchestrations and activities next to the submission workflow (tests).</param>
    public static WebApplication Build(string[] args, Action<DurableTaskRegistry>? configureTasks = null)
    {
        // appsettings.json sits next to the assembly; the working directory may be anywhere.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddLocalSettings(builder.Environment);
        var host = HostSettings.From(builder.Configuration);
        var durable = DurableSettings.From(builder.Configuration);

        // One storage setting for the Durable backend and our tables and blobs, read as the Functions app reads it.
        var storage = StorageClientFactory.FromConfiguration(builder.Configuration);

        builder.WebHost.UseIccEndpoints(host);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = host.ShutdownTimeout);
        builder.Services.AddAzureStorageBackend(durable, storage);
        builder.Services.AddDurableSidecar();
        builder.Services.AddDurableWorkerAndClient(host.SidecarAddress, registry =>
        {
            registry.AddIccWorkflows();
            configureTasks?.Invoke(registry);
        });
        builder.Services.AddIccStorage(storage);
        builder.Services.AddIccWorkflows();
        builder.Services.AddSingleton<IReportRenderer, PdfReportRenderer>();
        builder.Services.AddIccHttpApi(builder.Configuration);
        builder.Services.AddHostedService<BenchmarkSchedule>();
        builder.Services.AddIccTelemetry(builder.Configuration)
            .ConfigureResource(resource => resource.AddService("Icc.Host"))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(options =>
            {
                // The worker's gRPC calls to the in-process sidecar are the engine's plumbing, several per
                // orchestration step; only the public API's requests are worth a span.
                options.Filter = context => context.Connection.LocalPort != host.SidecarPort;
            }))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation());

        var app = builder.Build();
        app.UseUnknownRouteProblems(host.SidecarPort);
        app.MapDurableSidecar(host.SidecarPort);
        app.MapIccApi();
        app.LogStartupLine(host, durable, storage);
        return app;
    }
}
