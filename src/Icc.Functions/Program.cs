using Azure.Core.Serialization;
using Icc.Application.Http;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Json;
using Icc.Domain.Reporting;
using Icc.Reports.Pdf;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
builder.Build().Run();
