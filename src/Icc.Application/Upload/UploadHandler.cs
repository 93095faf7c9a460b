using Icc.Application.Http;
using Icc.Application.Security;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Upload;

/// <summary>
/// POST cities/{cityId}/submissions: stores an answer file exactly as received and starts its workflow.
/// The file is not validated here (the workflow does it); the same bytes uploaded again by the same city
/// name the same submission, so a retried upload answers the same 202 and starts nothing new.
/// </summary>
public sealed class UploadHandler(ApiKeyAuthenticator authenticator, ISubmissionStore submissions, ISubmissionBlobs blobs, WorkflowStarter starter, TimeProvider time, ILogger<UploadHandler> logger)
{
    /// <summary>Handles the request: 202 with the submission, or a problem.</summary>
    public Task<IResult> HandleAsync(HttpRequest request, string cityId, DurableTaskClient client, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, "Upload", () => this.UploadAsync(request, cityId, client, cancellationToken), cancellationToken, cityId: cityId);

    private async Task<IResult> UploadAsync(HttpRequest request, string cityId, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (caller, refused) = authenticator.Authorize(request, "upload answer files", ApiRole.City, ApiRole.Admin);
        if (caller is null)
        {
            return refused!;
        }

        if (!StorageNames.IsCityId(cityId))
        {
            return Problems.BadRequest(
                "Malformed city id",
                "A city id is 2 to 63 lower-case letters, digits and hyphens, not starting with a hyphen (e.g. 'asan').");
        }

        if (!caller.MaySee(cityId))
        {
            return Problems.NotFound("There is no such city for this API key.");
        }

        var (file, problem) = await AnswerFileBody.ReadAsync(request, cancellationToken);
        if (file is null)
        {
            return problem!;
        }

        var submissionId = SubmissionIds.For(cityId, file.Content);
        var record = await submissions.FindAsync(submissionId, cancellationToken);
        if (record is null)
        {
            record = await this.CreateAsync(cityId, submissionId, file, caller, client, cancellationToken);
        }
        else if (record.Status == SubmissionStatus.Received && record.Round == 1)
        {
            // Same bytes again, and the workflow shows no progress yet: the first attempt may have crashed
            // between writing the record and starting the workflow.
            await starter.EnsureStartedAsync(client, record, cancellationToken);
        }

        return SubmissionAccepted.For(record.SubmissionId, record.CityId, record.Status).ToResult();
    }

    private async Task<SubmissionRecord> CreateAsync(
        string cityId, string submissionId, AnswerFileBody file, ApiCaller caller, DurableTaskClient client, CancellationToken cancellationToken)
    {
        // The blob first: a record must never point at an upload that is not stored.
        await blobs.SaveUploadAsync(cityId, submissionId, 1, file.Format, file.Content, cancellationToken);

        var now = time.GetUtcNow();
        var record = new SubmissionRecord
        {
            SubmissionId = submissionId,
            CityId = cityId,
            Status = SubmissionStatus.Received,
            Round = 1,
            Format = file.Format,
            ContentHash = SubmissionIds.ContentHash(file.Content),
            ContentLength = file.Content.Length,
            CreatedAt = now,
            UpdatedAt = now,
            StageTimes = new Dictionary<SubmissionStatus, DateTimeOffset> { [SubmissionStatus.Received] = now },
        };

        if (await submissions.TryCreateAsync(record, cancellationToken))
        {
            WorkflowMetrics.StatusEntered(SubmissionStatus.Received);
            logger.LogInformation(
                "Submission {SubmissionId} of city {CityId} received from {KeyName} ({Format}, {Length} bytes)",
                submissionId,
                cityId,
                caller.Name,
                file.Format,
                file.Content.Length);
        }
        else
        {
            // A concurrent upload of the same bytes created it first; its start and ours deduplicate.
            record = await submissions.FindAsync(submissionId, cancellationToken)
                ?? throw new InvalidOperationException($"Submission {submissionId} exists and does not.");
        }

        await starter.StartAsync(client, record, cancellationToken);
        return record;
    }
}
