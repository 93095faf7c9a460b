using System.Diagnostics;
using Azure.Identity;
using Icc.Application.Telemetry;
using Icc.Application.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Icc.Application.Tests.Telemetry;

[Collection(nameof(TelemetryCollection))]
public sealed class TelemetryRegistrationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public async Task AddIccTelemetry_ActivityRun_ExportsItsSpanAndDuration()
    {
        // The shared registration listens to the Icc.Workflow source and meter: an activity run reaches the exporters.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var spans = new List<Activity>();
        var exported = new List<Metric>();
        var services = new ServiceCollection();
        services.AddIccTelemetry(Configuration((TelemetrySettings.ConsoleKey, "false")))
            .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
            .WithMetrics(metering => metering.AddInMemoryExporter(exported));
        await using (var provider = services.BuildServiceProvider())
        {
            var tracer = provider.GetRequiredService<TracerProvider>();
            var meter = provider.GetRequiredService<MeterProvider>();
            var input = new RoundRef("registration-test", "asan", 2, Domain.Answers.AnswerFileFormat.Json);
            await ActivityRunner.RunAsync("RegistrationProbe", input, NullLogger.Instance, (_, _) => Task.FromResult(true), cts.Token);
            tracer.ForceFlush();
            meter.ForceFlush();
        }

        var span = Assert.Single(spans, s => s.DisplayName == "RegistrationProbe");
        Assert.Equal("registration-test", span.GetTagItem(WorkflowTracing.SubmissionIdTag));
        Assert.Equal(2, span.GetTagItem(WorkflowTracing.RoundTag));
        Assert.Contains(exported, m => m.Name == "icc.activity.duration" && m.Unit == "s");
    }

    [Fact]
    public async Task ActivityRunner_ActivityThrows_MarksTheSpanFailedAndStillRecordsTheDuration()
    {
        // A failing run rethrows for the engine's retry, with the error on its span and its time recorded.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var recorder = new TelemetryRecorder();
        var input = new CloseInput("failing-run", SubmissionStatus.Failed, "test", "asan", 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ActivityRunner.RunAsync<CloseInput, bool>(
            "FailingProbe", input, NullLogger.Instance, (_, _) => throw new InvalidOperationException("boom"), cts.Token));

        var span = Assert.Single(recorder.SpansOf("failing-run"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Single(recorder.Of("icc.activity.duration"), m => (string?)m.Tags[WorkflowTracing.ActivityTag] == "FailingProbe");
    }

    [Fact]
    public void Settings_NoConnectionString_WriteToTheConsole()
    {
        // Locally, without Application Insights, traces and metrics go to the console unless turned off.
        var settings = TelemetrySettings.From(Configuration());

        Assert.Null(settings.ConnectionString);
        Assert.True(settings.Console);
        Assert.False(TelemetrySettings.From(Configuration((TelemetrySettings.ConsoleKey, "false"))).Console);
    }

    [Fact]
    public void Settings_ConnectionStringWithEntraAuthentication_UseTheManagedIdentity()
    {
        // In Azure the infrastructure sets both settings; the exporter then signs with the app's managed identity and the console is off.
        var settings = TelemetrySettings.From(Configuration(
            (TelemetrySettings.ConnectionStringKey, "InstrumentationKey=00000000-0000-0000-0000-000000000000"),
            (TelemetrySettings.AuthenticationStringKey, "ClientId=11111111-1111-1111-1111-111111111111;Authorization=AAD")));

        Assert.NotNull(settings.ConnectionString);
        Assert.IsType<ManagedIdentityCredential>(settings.Credential);
        Assert.False(settings.Console);
    }

    [Fact]
    public void Settings_ConnectionStringWithoutAuthentication_UseNoCredential()
    {
        // With local authentication allowed the instrumentation key is enough: no credential is built.
        var settings = TelemetrySettings.From(Configuration((TelemetrySettings.ConnectionStringKey, "InstrumentationKey=00000000-0000-0000-0000-000000000000")));

        Assert.Null(settings.Credential);
    }
}
