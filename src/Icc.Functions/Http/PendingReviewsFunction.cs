using Icc.Application.Http;
using Icc.Application.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Http;

/// <summary>GET api/reviews/pending.</summary>
public sealed class PendingReviewsFunction
{
    private readonly PendingReviewsHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public PendingReviewsFunction(PendingReviewsHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler; our own API-key check runs there, hence anonymous here.</summary>
    [Function(RouteNames.ListPendingReviews)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PendingReviews)] HttpRequest request,
        CancellationToken cancellationToken) =>
        this.handler.HandleAsync(request, cancellationToken).ToActionResult();
}
