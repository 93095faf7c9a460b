using DurableTask.Core.Exceptions;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Icc.Application.Upload;

/// <summary>
/// Starts a submission's orchestration exactly once. The instance id is the submission id, and the start
/// deduplicates on every status, so a second start (a repeated upload, two concurrent uploads, a retry
/// after a crash) never overwrites the first instance (durable pitfall 3): it fails with "already exists",
/// which here means "started".
/// </summary>
public sealed class WorkflowStarter
{
    /// <summary>Every status an existing instance may have: with these, a start never replaces anything.</summary>
    public static readonly OrchestrationRuntimeStatus[] DedupeStatuses =
    [
        OrchestrationRuntimeStatus.Pending,
        OrchestrationRuntimeStatus.Running,
        OrchestrationRuntimeStatus.Completed,
        OrchestrationRuntimeStatus.Failed,
        OrchestrationRuntimeStatus.Terminated,
        OrchestrationRuntimeStatus.Suspended,
    ];

    private readonly ReviewOptions reviewOptions;
    private readonly ILogger<WorkflowStarter> logger;

    /// <summary>Creates the starter with the review periods copied into each new instance.</summary>
    public WorkflowStarter(IOptions<ReviewOptions> reviewOptions, ILogger<WorkflowStarter> logger)
    {
        this.reviewOptions = reviewOptions.Value;
        this.logger = logger;
    }

    /// <summary>Starts the orchestration of a new submission; an existing instance counts as started.</summary>
    public async Task StartAsync(DurableTaskClient client, SubmissionRecord record, CancellationToken cancellationToken)
    {
        var input = new SubmissionWorkflowInput(record.SubmissionId, record.CityId, record.Format, this.reviewOptions.ToTimings());
        var options = new StartOrchestrationOptions(record.SubmissionId).WithDedupeStatuses(DedupeStatuses);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(WorkflowNames.SubmissionOrchestration, input, options, cancellationToken);
            this.logger.LogInformation("Started the workflow of submission {SubmissionId}", record.SubmissionId);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            this.logger.LogInformation("The workflow of submission {SubmissionId} was already started", record.SubmissionId);
        }
    }

    /// <summary>
    /// Starts the orchestration unless an instance exists: repairs a submission whose record was written
    /// but whose start was lost (a crash between the two writes).
    /// </summary>
    public async Task EnsureStartedAsync(DurableTaskClient client, SubmissionRecord record, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(record.SubmissionId, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return;
        }

        this.logger.LogWarning("Submission {SubmissionId} had no workflow instance; starting it", record.SubmissionId);
        await this.StartAsync(client, record, cancellationToken);
    }
}
