using Icc.Application.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Http;

/// <summary>
/// Checks that a submission's orchestration is running before an event is raised on it. The self-hosted
/// sidecar drops an event for an instance that is not waiting (durable pitfall 2), so both hosts ask first.
/// </summary>
public static class RunningInstance
{
    /// <summary>Null when the instance is running; otherwise the 409 problem to answer.</summary>
    public static async Task<IResult?> RequireAsync(
        DurableTaskClient client, SubmissionRecord record, ILogger logger, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(record.SubmissionId, getInputsAndOutputs: false, cancellationToken);
        if (instance?.RuntimeStatus == OrchestrationRuntimeStatus.Running)
        {
            return null;
        }

        // The record says the workflow waits, the engine says it does not: a close is under way or the
        // record is stale. Refuse rather than send an event nobody will receive.
        logger.LogWarning(
            "Submission {SubmissionId} is {Status} but its workflow instance is {RuntimeStatus}",
            record.SubmissionId,
            record.Status,
            instance?.RuntimeStatus.ToString() ?? "missing");
        return Problems.Conflict(
            "The workflow is not waiting",
            $"The submission is {record.Status} but its workflow is not waiting for this request. Reload the submission and try again later.");
    }
}
