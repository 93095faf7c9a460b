using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Microsoft.DurableTask.Client;

namespace Icc.Application.Upload;

/// <summary>How a corrected upload ended.</summary>
public enum CorrectionOutcome
{
    /// <summary>Stored and handed to the workflow as the next round.</summary>
    Accepted,

    /// <summary>No such submission.</summary>
    NotFound,

    /// <summary>The submission is not waiting for a corrected file.</summary>
    NotAwaitingCorrection,

    /// <summary>The workflow could not be reached; nothing changed and the upload can be retried.</summary>
    Unavailable,
}

/// <summary>
/// Takes in a corrected answer file while the reviewer's requested changes are pending: stores it as the
/// next round, claims the round with an ETag update (so two uploads at once give one round), then tells the workflow.
/// </summary>
public sealed class CorrectionIntake(ISubmissionStore submissions, ISubmissionBlobs blobs, IReviewLog log, TimeProvider time)
{
    /// <summary>Accepts the corrected file for the next round.</summary>
    public async Task<(CorrectionOutcome Outcome, SubmissionRecord? Record)> AcceptAsync(
        DurableTaskClient client, string submissionId, string actor, ReadOnlyMemory<byte> content, AnswerFileFormat format, CancellationToken cancellationToken)
    {
        var current = await submissions.FindAsync(submissionId, cancellationToken);
        if (current is null)
        {
            return (CorrectionOutcome.NotFound, null);
        }

        if (current.Status != SubmissionStatus.ChangesRequested)
        {
            return (CorrectionOutcome.NotAwaitingCorrection, current);
        }

        var round = current.Round + 1;
        await blobs.SaveUploadAsync(current.CityId, submissionId, round, format, content, cancellationToken);
        var now = time.GetUtcNow();
        SubmissionRecord claimed;
        try
        {
            claimed = await submissions.UpdateAsync(
                current.MovedTo(SubmissionStatus.Received, now) with { Round = round, Format = format, Decision = null, DecisionId = null },
                cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return (CorrectionOutcome.NotAwaitingCorrection, await submissions.FindAsync(submissionId, cancellationToken));
        }

        try
        {
            await client.RaiseEventAsync(submissionId, WorkflowNames.CorrectedAnswersEvent, new CorrectedAnswersMessage(round, format), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await submissions.UpdateAsync(current with { ETag = claimed.ETag, UpdatedAt = time.GetUtcNow() }, CancellationToken.None);
            return (CorrectionOutcome.Unavailable, current);
        }

        await log.AppendAsync(
            new ReviewLogEntry(submissionId, $"correction-r{round:D2}", round, ReviewLogKind.Correction, actor, now, null, null, []),
            cancellationToken);
        return (CorrectionOutcome.Accepted, claimed);
    }
}
