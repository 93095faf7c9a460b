using Icc.Application.Http;
using Icc.Application.Security;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Upload;

/// <summary>
/// PUT submissions/{submissionId}/answers: the city's corrected answer file after a request for changes.
/// Stores it as the next round, claims the round on the record (ETag), then tells the waiting workflow.
/// The record moves back to <see cref="SubmissionStatus.Received"/>: the file is stored and not yet
/// validated, exactly as after a first upload; the workflow moves it on to Validating.
/// </summary>
public sealed class CorrectionHandler(ApiKeyAuthenticator authenticator, ISubmissionStore submissions, ISubmissionBlobs blobs, IReviewLog reviewLog, TimeProvider time, ILogger<CorrectionHandler> logger)
{
    /// <summary>Handles the request: 202 with the submission, or a problem.</summary>
    public Task<IResult> HandleAsync(HttpRequest request, string submissionId, DurableTaskClient client, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, "Correction", () => this.CorrectAsync(request, submissionId, client, cancellationToken), cancellationToken, submissionId: submissionId);

    private async Task<IResult> CorrectAsync(HttpRequest request, string submissionId, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (caller, refused) = authenticator.Authorize(request, "upload corrected answer files", ApiRole.City, ApiRole.Admin);
        if (caller is null)
        {
            return refused!;
        }

        var (record, notFound) = await SubmissionLookup.FindAsync(submissions, caller, submissionId, cancellationToken);
        if (record is null)
        {
            return notFound!;
        }

        if (record.Status != SubmissionStatus.ChangesRequested)
        {
            return Problems.Conflict(
                "No correction expected",
                $"The submission is {record.Status}; a corrected file is accepted only while the secretariat has requested changes.");
        }

        var (file, problem) = await AnswerFileBody.ReadAsync(request, cancellationToken);
        if (file is null)
        {
            return problem!;
        }

        if (await RunningInstance.RequireAsync(client, record, logger, cancellationToken) is { } notWaiting)
        {
            return notWaiting;
        }

        var round = record.Round + 1;
        if (await this.StoreAsync(record, round, file, cancellationToken) is { } storeProblem)
        {
            return storeProblem;
        }

        var now = time.GetUtcNow();
        SubmissionRecord claimed;
        try
        {
            claimed = await submissions.UpdateAsync(
                record.MovedTo(SubmissionStatus.Received, now) with
                {
                    Round = round,
                    Format = file.Format,
                    ErrorCount = 0,
                    WarningCount = 0,
                },
                CancellationToken.None); // a claim that lands must be followed by its event, whatever the caller does
        }
        catch (ConcurrencyConflictException)
        {
            return Problems.Conflict("Already corrected", "Another corrected file for this submission arrived at the same time. Reload the submission.");
        }

        var entry = new ReviewLogEntry(record.SubmissionId, $"correction-{round}", round, ReviewLogKind.Correction, caller.Name, now, null, null, []);
        await ClaimRollback.RunAsync(submissions, record, claimed, logger, async () =>
        {
            // Once claimed, finish regardless of the caller: the request's token would leave it half done.
            await reviewLog.AppendAsync(entry, CancellationToken.None);
            await client.RaiseEventAsync(
                record.SubmissionId, WorkflowNames.CorrectedAnswersEvent, new CorrectedAnswersMessage(round, file.Format), CancellationToken.None);
        });

        WorkflowMetrics.StatusEntered(SubmissionStatus.Received);
        logger.LogInformation(
            "Submission {SubmissionId}: round {Round} received from {KeyName}", record.SubmissionId, round, caller.Name);
        return SubmissionAccepted.For(claimed.SubmissionId, claimed.CityId, claimed.Status).ToResult();
    }

    private async Task<IResult?> StoreAsync(SubmissionRecord record, int round, AnswerFileBody file, CancellationToken cancellationToken)
    {
        if (await blobs.SaveUploadAsync(record.CityId, record.SubmissionId, round, file.Format, file.Content, cancellationToken))
        {
            return null;
        }

        // The round's blob is left from an attempt that was not claimed (a lost race or an undone claim).
        // Uploads are never overwritten, so only the same file can go on.
        var stored = await blobs.ReadUploadAsync(record.CityId, record.SubmissionId, round, file.Format, cancellationToken);
        if (stored is not null && stored.AsSpan().SequenceEqual(file.Content))
        {
            return null;
        }

        logger.LogWarning(
            "Submission {SubmissionId}: a different file is already stored for round {Round} but was never claimed", record.SubmissionId, round);
        return Problems.Conflict(
            "A different corrected file is pending",
            $"A different file was already received for round {round} of this submission and could not be processed. Contact the secretariat.");
    }
}
