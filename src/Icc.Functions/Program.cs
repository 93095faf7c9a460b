using Azure.Core.Serialization;
using Icc.Application.Http;
using Icc.Application.Storage;
using Icc.Application.Telemetry;
using Icc.Application.Workflow;
using Icc.Domain.Json;
using Icc.Domain.Reporting;
using Icc.Reports.Pdf;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;

var builder = FunctionsApplication.CreateBuilder(args);

// The development API keys are accepted only in Development, and FunctionsApplicationBuilder has not
// always taken the environment from AZURE_FUNCTIONS_ENVIRONMENT (azure-functions-dotnet-worker #2959).
if (Environment.GetEnvironmentVariable("AZURE_FUNCTIONS_ENVIRONMENT") is { Length: > 0 } environment)
{
    builder.Environment.EnvironmentName = environment;
}

builder.ConfigureFunctionsWebApplication();

// One JSON configuration for bindings and durable payloads alike (durable-pitfalls.md, item 7).
builder.Services.Configure<WorkerOptions>(options => options.Serializer = new JsonObjectSerializer(IccJson.Options));

builder.Services.AddIccStorage(builder.Configuration);
builder.Services.AddIccWorkflows();
builder.Services.AddSingleton<IReportRenderer, PdfReportRenderer>();
builder.Services.AddIccHttpApi(builder.Configuration);

// The same traces, metrics and logs as the standalone host, plus the worker's own (host.json "telemetryMode").
builder.Services.AddIccTelemetry(builder.Configuration).UseFunctionsWorkerDefaults();
builder.Build().Run();
