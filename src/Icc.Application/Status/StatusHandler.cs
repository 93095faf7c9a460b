using Icc.Application.Http;
using Icc.Application.Security;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Answers;
using Icc.Domain.Json;
using Icc.Domain.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Status;

/// <summary>GET submissions/{submissionId}: the status document, assembled from the record, blobs and tables.</summary>
public sealed class StatusHandler(ApiKeyAuthenticator authenticator, ISubmissionStore submissions, ISubmissionBlobs blobs, IScorecardStore scorecards, IAnswerStore answers, IReviewLog reviewLog, ILogger<StatusHandler> logger)
{
    /// <summary>Handles the request: 200 with the status document, or a problem.</summary>
    public Task<IResult> HandleAsync(HttpRequest request, string submissionId, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, "Status", () => this.StatusAsync(request, submissionId, cancellationToken), cancellationToken, submissionId: submissionId);

    private async Task<IResult> StatusAsync(HttpRequest request, string submissionId, CancellationToken cancellationToken)
    {
        var (record, problem) = await SubmissionLookup.AuthenticateAndFindAsync(authenticator, submissions, request, submissionId, cancellationToken);
        if (record is null)
        {
            return problem!;
        }

        var validationTask = blobs.ReadValidationReportAsync(record.CityId, record.SubmissionId, record.Round, cancellationToken);
        var scorecardTask = scorecards.FindAsync(record.SubmissionId, cancellationToken);
        var history = await reviewLog.ListAsync(record.SubmissionId, cancellationToken);
        var changesTask = this.ChangedAnswersAsync(record, history, cancellationToken);
        await Task.WhenAll(validationTask, scorecardTask, changesTask);

        var validation = await validationTask;

        // Only the decision the record was claimed with: a logged decision whose delivery failed was undone.
        var lastDecision = history.LastOrDefault(e => e.Kind == ReviewLogKind.Decision && e.EntryId == record.DecisionId);

        var document = new SubmissionStatusDocument(
            record.SubmissionId,
            record.CityId,
            record.Status,
            Stages.Describe(record.Status),
            record.Round,
            new ValidationSection(validation?.Errors ?? Array.Empty<ValidationIssue>(), validation?.Warnings ?? Array.Empty<ValidationIssue>()),
            (await scorecardTask)?.Scorecard,
            new ReviewSection(
                record.Decision,
                lastDecision?.Comment,
                lastDecision?.Questions ?? [],
                history.Select(ReviewHistoryEntry.Of).ToList(),
                await changesTask),
            record.BenchmarkVersion,
            record.Status == SubmissionStatus.Published ? Routes.ReportPath(record.SubmissionId) : null,
            record.StageTimes.OrderBy(p => p.Value).ToDictionary(p => Stages.JsonName(p.Key), p => p.Value));

        return Results.Json(document, IccJson.Options);
    }

    // The current round compared with the last earlier round a reviewer saw: a corrected file that failed
    // validation stored no answers and was never reviewed, so it is skipped. The review log is the record of
    // which rounds were reviewed: every round that reached review and was followed by another has a decision.
    private async Task<IReadOnlyList<AnswerChange>> ChangedAnswersAsync(
        SubmissionRecord record, IReadOnlyList<ReviewLogEntry> history, CancellationToken cancellationToken)
    {
        var reviewed = history
            .Where(e => e.Kind == ReviewLogKind.Decision && e.Round < record.Round)
            .Select(e => (int?)e.Round)
            .Max();
        if (reviewed is not { } baseline)
        {
            return [];
        }

        var before = await answers.LoadAsync(record.SubmissionId, baseline, cancellationToken);
        var after = await answers.LoadAsync(record.SubmissionId, record.Round, cancellationToken);

        // Until the new round is validated (or when it is invalid) there is nothing to compare.
        return before is null || after is null ? [] : AnswerDiff.Between(before, after);
    }
}
