using Azure.Monitor.OpenTelemetry.Exporter;
using Icc.Application.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Icc.Application.Telemetry;

/// <summary>The OpenTelemetry set-up both hosts share, so their traces, metrics and logs never drift apart.</summary>
public static class TelemetryRegistration
{
    /// <summary>
    /// Traces from the <c>Icc.Workflow</c> and Durable Task activity sources, metrics from the
    /// <c>Icc.Workflow</c> meter and logs with their scopes, exported to Application Insights when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set and to the console when <c>Icc:Telemetry:Console</c>
    /// is true (its default without a connection string). Returns the builder, so a host adds its own
    /// instrumentation (ASP.NET Core, the Functions worker).
    /// </summary>
    public static OpenTelemetryBuilder AddIccTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = TelemetrySettings.From(configuration);
        var builder = services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(WorkflowTracing.SourceName, WorkflowTracing.DurableTaskSourceName))
            .WithMetrics(metrics => metrics.AddMeter(WorkflowMetrics.MeterName));

        // Scopes carry SubmissionId and CityId: they become the log records' attributes (customDimensions).
        services.Configure<OpenTelemetryLoggerOptions>(options =>
        {
            options.IncludeScopes = true;
            options.IncludeFormattedMessage = true;
        });

        if (settings.ConnectionString is not null)
        {
            builder.UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = settings.ConnectionString;
                options.Credential = settings.Credential;
            });
        }

        if (settings.Console)
        {
            // Logs already reach the console through the host's console logger; only traces and metrics are added.
            builder.WithTracing(tracing => tracing.AddConsoleExporter());
            builder.WithMetrics(metrics => metrics.AddConsoleExporter());
        }

        return builder;
    }
}
