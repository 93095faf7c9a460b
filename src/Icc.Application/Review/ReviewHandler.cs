using System.Text.Json;
using Icc.Application.Http;
using Icc.Application.Security;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Icc.Domain.Json;
using Icc.Domain.Questionnaires;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Icc.Application.Review;

/// <summary>
/// POST submissions/{submissionId}/review: a reviewer's decision. The decision is claimed on the record
/// with its ETag before the workflow hears of it, so of two reviewers deciding at once exactly one gets
/// 202 and the other 409; the workflow is told only when it is waiting (durable pitfall 2).
/// </summary>
public sealed class ReviewHandler(
    ApiKeyAuthenticator authenticator,
    ISubmissionStore submissions,
    IReviewLog reviewLog,
    QuestionnaireCatalog catalog,
    IOptions<ReviewOptions> reviewOptions,
    TimeProvider time,
    ILogger<ReviewHandler> logger)
{
    private static readonly IReadOnlyList<string> JsonOnly = ["application/json"];

    /// <summary>Handles the request: 202 with the decision, or a problem.</summary>
    public Task<IResult> HandleAsync(HttpRequest request, string submissionId, DurableTaskClient client, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, "Review", () => this.ReviewAsync(request, submissionId, client, cancellationToken), cancellationToken, submissionId: submissionId);

    private async Task<IResult> ReviewAsync(HttpRequest request, string submissionId, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (caller, refused) = authenticator.Authorize(request, "review submissions", ApiRole.Reviewer, ApiRole.Admin);
        if (caller is null)
        {
            return refused!;
        }

        var (body, bodyProblem) = await ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var (record, notFound) = await SubmissionLookup.FindAsync(submissions, caller, submissionId, cancellationToken);
        if (record is null)
        {
            return notFound!;
        }

        if (record.Status != SubmissionStatus.AwaitingReview)
        {
            return Problems.Conflict(
                "Not awaiting review",
                $"The submission is {record.Status}; a decision is accepted only while it awaits review.");
        }

        var questionnaire = catalog.Find(record.QuestionnaireId ?? string.Empty) ?? catalog.Current;
        var (decision, flags, issues) = body.Validate(questionnaire);
        if (issues.Count > 0)
        {
            return Problems.Invalid("The review decision has problems; every one is listed in 'issues'.", issues);
        }

        // The workflow would close the submission at once: refuse rather than answer 202 ChangesRequested.
        var maxRounds = reviewOptions.Value.MaxRounds;
        if (decision == ReviewDecisionKind.RequestChanges && record.Round >= maxRounds)
        {
            return Problems.Conflict(
                "No further round allowed",
                $"This is round {record.Round} of at most {maxRounds}: a corrected file would not be accepted, so changes cannot be requested. Approve or reject the submission.");
        }

        if (await RunningInstance.RequireAsync(client, record, logger, cancellationToken) is { } notWaiting)
        {
            return notWaiting;
        }

        var decisionId = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        SubmissionRecord claimed;
        try
        {
            claimed = await submissions.UpdateAsync(
                record.MovedTo(StatusAfter(decision), now) with { Decision = decision, DecisionId = decisionId },
                CancellationToken.None); // a claim that lands must be followed by its event, whatever the caller does
        }
        catch (ConcurrencyConflictException)
        {
            return Problems.Conflict("Already decided", "Another decision on this submission was recorded at the same time. Reload the submission.");
        }

        var entry = new ReviewLogEntry(
            record.SubmissionId, decisionId, record.Round, ReviewLogKind.Decision, caller.Name, now, decision, body.Comment, flags);
        var message = new ReviewDecisionMessage(decisionId, decision, record.Round, caller.Name);
        await ClaimRollback.RunAsync(submissions, record, claimed, logger, async () =>
        {
            // Once claimed, finish regardless of the caller: the request's token would leave it half done.
            await reviewLog.AppendAsync(entry, CancellationToken.None);
            await client.RaiseEventAsync(record.SubmissionId, WorkflowNames.ReviewDecisionEvent, message, CancellationToken.None);
        });

        ReviewMetrics.Record(record, claimed, decision, now);
        logger.LogInformation(
            "Submission {SubmissionId}: {Decision} by {KeyName} (decision {DecisionId})", record.SubmissionId, decision, caller.Name, decisionId);
        return Results.Json(new ReviewAccepted(record.SubmissionId, decision, claimed.Status), IccJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private static SubmissionStatus StatusAfter(ReviewDecisionKind decision) => decision switch
    {
        ReviewDecisionKind.Approve => SubmissionStatus.GeneratingReport,
        ReviewDecisionKind.RequestChanges => SubmissionStatus.ChangesRequested,
        _ => SubmissionStatus.Rejected,
    };

    private static async Task<(ReviewRequest? Body, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AnswerFileFormats.FromContentType(request.ContentType) != AnswerFileFormat.Json)
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType, JsonOnly));
        }

        var bytes = await RequestBody.ReadAsync(request, ReviewRequest.MaxBodyBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, Problems.PayloadTooLarge("A review decision", ReviewRequest.MaxBodyBytes));
        }

        try
        {
            var body = bytes.Length == 0 ? null : JsonSerializer.Deserialize<ReviewRequest>(bytes, IccJson.Options);
            return body is null
                ? (null, Problems.BadRequest("The request body is empty", "Send a JSON object such as {\"decision\":\"approve\",\"comment\":\"...\"}."))
                : (body, null);
        }
        catch (JsonException exception)
        {
            return (null, Problems.BadRequest(
                "The request body is not valid JSON",
                $"{exception.Message} Send a JSON object such as {{\"decision\":\"approve\",\"comment\":\"...\",\"questions\":[{{\"questionId\":\"COM-01\",\"comment\":\"...\"}}]}}."));
        }
    }
}
