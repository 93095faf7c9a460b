using System.Globalization;
using System.Text.Json;
using Icc.Application.Http;
using Icc.Application.Review;
using Icc.Application.Status;
using Icc.Application.Storage;
using Icc.Application.Telemetry;
using Icc.Application.Tests.Http;
using Icc.Application.Upload;
using Icc.Application.Workflow;
using Icc.Domain.Reporting;
using Icc.Reports.Pdf;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Icc.Application.Tests.Infrastructure;

/// <summary>
/// The real application (HTTP handlers, orchestration, activities, storage on Azurite, PDF renderer) on
/// the in-process Durable Task test host. Tests act as clients do: through the HTTP handlers with API keys.
/// </summary>
public sealed class WorkflowHost : IAsyncDisposable
{
    private readonly IHost host;

    private WorkflowHost(IHost host)
    {
        this.host = host;
        this.Client = host.Services.GetRequiredService<DurableTaskClient>();
    }

    public DurableTaskClient Client { get; }

    public IServiceProvider Services => this.host.Services;

    public ISubmissionStore Submissions => this.Services.GetRequiredService<ISubmissionStore>();

    public static async Task<WorkflowHost> StartAsync(ReviewOptions? review = null, Action<IServiceCollection>? replace = null)
    {
        // The in-memory sidecar picks a random port; when tests running in parallel draw the same one,
        // binding fails before anything ran, so a fresh host on another port is safe to try.
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStartAsync(review, replace);
            }
            catch (IOException bindFailure) when (attempt < attempts && bindFailure.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
            }
        }
    }

    private static async Task<WorkflowHost> TryStartAsync(ReviewOptions? review, Action<IServiceCollection>? replace)
    {
        var chosen = review ?? new ReviewOptions();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(ApiHarness.KeyConfiguration());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Icc:Review:ReminderInterval"] = chosen.ReminderInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Icc:Review:ReviewPeriod"] = chosen.ReviewPeriod.ToString("c", CultureInfo.InvariantCulture),
            ["Icc:Review:CorrectionPeriod"] = chosen.CorrectionPeriod.ToString("c", CultureInfo.InvariantCulture),
            ["Icc:Review:MaxRounds"] = chosen.MaxRounds.ToString(CultureInfo.InvariantCulture),

            // Spans and metrics on the console would bury the test output; tests listen to them instead.
            [TelemetrySettings.ConsoleKey] = "false",
        });
        builder.Services.AddIccStorage(Azurite.ConnectionString, Azurite.NewPrefix());
        builder.Services.AddIccWorkflows();
        builder.Services.AddIccHttpApi(builder.Configuration);
        builder.Services.AddSingleton<IReportRenderer, PdfReportRenderer>();
        builder.Services.AddIccTelemetry(builder.Configuration);
        replace?.Invoke(builder.Services);
        builder.Services.AddInMemoryDurableTask(tasks => tasks.AddIccWorkflows());

        // The hosts' serializer, not the SDK's default, so tests see what the hosts put in histories.
        builder.Services.Configure<DurableTaskWorkerOptions>(options => options.DataConverter = WorkflowDataConverter.Shared);
        builder.Services.Configure<DurableTaskClientOptions>(options => options.DataConverter = WorkflowDataConverter.Shared);
        var host = builder.Build();
        try
        {
            await host.Services.GetRequiredService<StorageSetup>().EnsureCreatedAsync();
            await host.StartAsync();
            return new WorkflowHost(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>POST /api/cities/{city}/submissions with the city's key; returns the HTTP status and the submission id.</summary>
    public async Task<(int Status, string SubmissionId)> UploadAsync(string cityId, byte[] content, CancellationToken cancellationToken = default)
    {
        using var scope = this.Services.CreateScope();
        var request = new TestRequest(scope.ServiceProvider, "POST", TestKeys.CityAsan).WithBody(content, "application/json");
        var response = await request.ExecuteAsync(await scope.ServiceProvider.GetRequiredService<UploadHandler>().HandleAsync(request.Http, cityId, this.Client, cancellationToken));
        return (response.Status, response.Json.GetProperty("submissionId").GetString()!);
    }

    /// <summary>POST /api/submissions/{id}/review with the reviewer's key; returns the HTTP status.</summary>
    public async Task<int> DecideAsync(string submissionId, string decision, CancellationToken cancellationToken = default, params object[] flags)
    {
        using var scope = this.Services.CreateScope();
        var request = new TestRequest(scope.ServiceProvider, "POST", TestKeys.Reviewer)
            .WithJson(new { decision, comment = "Reviewed in a test.", questions = flags });
        var response = await request.ExecuteAsync(await scope.ServiceProvider.GetRequiredService<ReviewHandler>().HandleAsync(request.Http, submissionId, this.Client, cancellationToken));
        return response.Status;
    }

    /// <summary>PUT /api/submissions/{id}/answers with the city's key; returns the HTTP status.</summary>
    public async Task<int> CorrectAsync(string submissionId, byte[] content, CancellationToken cancellationToken = default)
    {
        using var scope = this.Services.CreateScope();
        var request = new TestRequest(scope.ServiceProvider, "PUT", TestKeys.CityAsan).WithBody(content, "application/json");
        var response = await request.ExecuteAsync(await scope.ServiceProvider.GetRequiredService<CorrectionHandler>().HandleAsync(request.Http, submissionId, this.Client, cancellationToken));
        return response.Status;
    }

    /// <summary>GET /api/submissions/{id} with the city's key; returns the status document.</summary>
    public async Task<JsonElement> StatusAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        using var scope = this.Services.CreateScope();
        var request = new TestRequest(scope.ServiceProvider, "GET", TestKeys.CityAsan);
        var response = await request.ExecuteAsync(await scope.ServiceProvider.GetRequiredService<StatusHandler>().HandleAsync(request.Http, submissionId, cancellationToken));
        Assert.Equal(200, response.Status);
        return response.Json;
    }

    /// <summary>Polls the submissions table until the submission reaches the status.</summary>
    public Task<SubmissionRecord> WaitForStatusAsync(string submissionId, SubmissionStatus status, CancellationToken cancellationToken) =>
        this.WaitForAsync(submissionId, r => r.Status == status, cancellationToken);

    /// <summary>Polls the submissions table until the submission is in the round and status.</summary>
    public Task<SubmissionRecord> WaitForRoundStatusAsync(string submissionId, int round, SubmissionStatus status, CancellationToken cancellationToken) =>
        this.WaitForAsync(submissionId, r => r.Status == status && r.Round == round, cancellationToken);

    private async Task<SubmissionRecord> WaitForAsync(string submissionId, Func<SubmissionRecord, bool> reached, CancellationToken cancellationToken)
    {
        while (true)
        {
            var record = await this.Submissions.FindAsync(submissionId, cancellationToken);
            if (record is not null && reached(record))
            {
                return record;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Waits until the orchestration has finished and returns its outcome.</summary>
    public async Task<SubmissionOutcome> WaitForOutcomeAsync(string submissionId, CancellationToken cancellationToken)
    {
        var metadata = await this.Client.WaitForInstanceCompletionAsync(submissionId, getInputsAndOutputs: true, cancellationToken);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        return metadata.ReadOutputAs<SubmissionOutcome>()!;
    }

    public async ValueTask DisposeAsync()
    {
        await this.host.StopAsync();
        this.host.Dispose();
    }
}
