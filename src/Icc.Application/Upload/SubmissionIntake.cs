using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Icc.Application.Upload;

/// <summary>What an intake did: the submission it names and whether this call created it.</summary>
public sealed record IntakeResult(string SubmissionId, SubmissionRecord Record, bool Created);

/// <summary>
/// Takes in a city's upload: stores the bytes, records the submission and starts its orchestration.
/// Idempotent: the same bytes from the same city name the same submission, and a second call (even a
/// concurrent one, or one after a crash between the steps) finishes what is missing and starts nothing twice.
/// </summary>
public sealed class SubmissionIntake(ISubmissionStore submissions, ISubmissionBlobs blobs, IOptions<ReviewOptions> review, TimeProvider time)
{
    // Every status an instance can have once created: a start with an existing id is refused, never an overwrite.
    private static readonly OrchestrationRuntimeStatus[] Dedupe =
    [
        OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Completed,
        OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated, OrchestrationRuntimeStatus.Suspended,
    ];

    /// <summary>Stores and starts the submission for these bytes.</summary>
    public async Task<IntakeResult> AcceptAsync(DurableTaskClient client, string cityId, ReadOnlyMemory<byte> content, AnswerFileFormat format, CancellationToken cancellationToken)
    {
        var id = SubmissionIds.For(cityId, content.Span);
        await blobs.SaveUploadAsync(cityId, id, 1, format, content, cancellationToken);

        var now = time.GetUtcNow();
        var record = new SubmissionRecord
        {
            SubmissionId = id,
            CityId = cityId,
            Status = SubmissionStatus.Received,
            Format = format,
            ContentHash = SubmissionIds.ContentHash(content.Span),
            ContentLength = content.Length,
            CreatedAt = now,
            UpdatedAt = now,
            StageTimes = new Dictionary<SubmissionStatus, DateTimeOffset> { [SubmissionStatus.Received] = now },
        };
        var created = await submissions.TryCreateAsync(record, cancellationToken);

        if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is null)
        {
            await StartAsync(client, new SubmissionWorkflowInput(id, cityId, format, review.Value.ToTimings()), cancellationToken);
        }

        var stored = await submissions.FindAsync(id, cancellationToken) ?? record;
        return new IntakeResult(id, stored, created);
    }

    private static async Task StartAsync(DurableTaskClient client, SubmissionWorkflowInput input, CancellationToken cancellationToken)
    {
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                WorkflowNames.SubmissionOrchestration,
                input,
                new StartOrchestrationOptions(input.SubmissionId).WithDedupeStatuses(Dedupe),
                cancellationToken);
        }
        catch (Exception ex) when (IsAlreadyStarted(ex))
        {
            // A concurrent upload of the same bytes started it first: that is the idempotent outcome.
        }
    }

    // The exception differs by host (Functions, gRPC sidecar, in-memory test host); all say "already exists".
    private static bool IsAlreadyStarted(Exception ex) =>
        ex.GetType().Name == "OrchestrationAlreadyExistsException" ||
        ex.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase) ||
        (ex.InnerException is not null && IsAlreadyStarted(ex.InnerException));
}
