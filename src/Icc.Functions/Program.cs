using Icc.Application.Http;
using Icc.Application.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// The development API keys are accepted only in Development, and FunctionsApplicationBuilder has not
// always taken the environment from AZURE_FUNCTIONS_ENVIRONMENT (azure-functions-dotnet-worker #2959).
if (Environment.GetEnvironmentVariable("AZURE_FUNCTIONS_ENVIRONMENT") is { Length: > 0 } environment)
{
    builder.Environment.EnvironmentName = environment;
}

builder.ConfigureFunctionsWebApplication();
builder.Services.AddIccStorage(builder.Configuration["AzureWebJobsStorage"] ?? "UseDevelopmentStorage=true");
builder.Services.AddIccHttpApi(builder.Configuration);
builder.Build().Run();
