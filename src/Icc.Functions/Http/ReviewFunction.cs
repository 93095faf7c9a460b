using Icc.Application.Http;
using Icc.Application.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Icc.Functions.Http;

/// <summary>POST api/submissions/{submissionId}/review.</summary>
public sealed class ReviewFunction
{
    private readonly ReviewHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public ReviewFunction(ReviewHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler; our own API-key check runs there, hence anonymous here.</summary>
    [Function(RouteNames.ReviewSubmission)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.SubmissionReview)] HttpRequest request,
        string submissionId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        this.handler.HandleAsync(request, submissionId, client, cancellationToken).ToActionResult();
}
