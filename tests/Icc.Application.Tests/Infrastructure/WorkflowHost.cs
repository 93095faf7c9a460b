using Icc.Application.Review;
using Icc.Application.Storage;
using Icc.Application.Upload;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Icc.Domain.Reporting;
using Icc.Reports.Pdf;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Icc.Application.Tests.Infrastructure;

/// <summary>
/// The real workflow (orchestration, activities, storage on Azurite, PDF renderer) on the in-process
/// Durable Task test host. Tests reach it only as clients do: upload, decide, correct, read storage.
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
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddIccStorage(Azurite.ConnectionString, Azurite.NewPrefix());
        builder.Services.AddSubmissionWorkflow();
        builder.Services.AddSingleton<IReportRenderer, PdfReportRenderer>();
        builder.Services.Configure<ReviewOptions>(o =>
        {
            var chosen = review ?? new ReviewOptions();
            o.ReminderInterval = chosen.ReminderInterval;
            o.ReviewPeriod = chosen.ReviewPeriod;
            o.CorrectionPeriod = chosen.CorrectionPeriod;
            o.MaxRounds = chosen.MaxRounds;
        });
        replace?.Invoke(builder.Services);
        builder.Services.AddInMemoryDurableTask(tasks => tasks.AddSubmissionWorkflow());
        var host = builder.Build();
        await host.Services.GetRequiredService<StorageSetup>().EnsureCreatedAsync();
        await host.StartAsync();
        return new WorkflowHost(host);
    }

    public Task<IntakeResult> UploadAsync(string cityId, byte[] content, AnswerFileFormat format = AnswerFileFormat.Json, CancellationToken cancellationToken = default) =>
        this.Services.GetRequiredService<SubmissionIntake>().AcceptAsync(this.Client, cityId, content, format, cancellationToken);

    public async Task<DecisionOutcome> DecideAsync(string submissionId, ReviewDecisionKind decision, CancellationToken cancellationToken = default, params QuestionFlag[] flags)
    {
        var (outcome, _) = await this.Services.GetRequiredService<ReviewDecisions>()
            .DecideAsync(this.Client, submissionId, new ReviewRequest(decision, "dev-reviewer", "comment", flags), cancellationToken);
        return outcome;
    }

    public async Task<CorrectionOutcome> CorrectAsync(string submissionId, byte[] content, CancellationToken cancellationToken = default)
    {
        var (outcome, _) = await this.Services.GetRequiredService<CorrectionIntake>()
            .AcceptAsync(this.Client, submissionId, "dev-city-asan", content, AnswerFileFormat.Json, cancellationToken);
        return outcome;
    }

    /// <summary>Polls the submissions table until the submission reaches the status.</summary>
    public async Task<SubmissionRecord> WaitForStatusAsync(string submissionId, SubmissionStatus status, CancellationToken cancellationToken)
    {
        while (true)
        {
            var record = await this.Submissions.FindAsync(submissionId, cancellationToken);
            if (record?.Status == status)
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
