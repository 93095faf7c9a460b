using Icc.Application.Http;
using Icc.Application.Security;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Review;

/// <summary>One submission in the review queue.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="CityId">Its city.</param>
/// <param name="CityName">The city's name from its answers.</param>
/// <param name="Round">The round to review.</param>
/// <param name="WaitingSince">When it started waiting for review.</param>
public sealed record PendingReviewItem(string SubmissionId, string CityId, string? CityName, int Round, DateTimeOffset WaitingSince);

/// <summary>GET reviews/pending: the submissions awaiting review, the longest waiting first.</summary>
public sealed class PendingReviewsHandler(ApiKeyAuthenticator authenticator, ISubmissionStore submissions, ILogger<PendingReviewsHandler> logger)
{
    /// <summary>Handles the request: 200 with the queue, or a problem.</summary>
    public Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, "ListPendingReviews", () => this.ListAsync(request, cancellationToken), cancellationToken);

    private async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (caller, refused) = authenticator.Authorize(request, "see the review queue", ApiRole.Reviewer, ApiRole.Admin);
        if (caller is null)
        {
            return refused!;
        }

        var records = await submissions.ListByStatusAsync(SubmissionStatus.AwaitingReview, cancellationToken);
        var items = records
            .Select(r => new PendingReviewItem(
                r.SubmissionId,
                r.CityId,
                r.CityName,
                r.Round,
                r.StageTimes.TryGetValue(SubmissionStatus.AwaitingReview, out var since) ? since : r.UpdatedAt))
            .OrderBy(i => i.WaitingSince)
            .ToList();
        return Results.Json(items, IccJson.Options);
    }
}
