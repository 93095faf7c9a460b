using Icc.Application.Http;
using Icc.Application.Status;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Http;

/// <summary>GET api/submissions/{submissionId}.</summary>
public sealed class StatusFunction
{
    private readonly StatusHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public StatusFunction(StatusHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler; our own API-key check runs there, hence anonymous here.</summary>
    [Function(RouteNames.GetSubmissionStatus)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Submission)] HttpRequest request,
        string submissionId,
        CancellationToken cancellationToken) =>
        this.handler.HandleAsync(request, submissionId, cancellationToken).ToActionResult();
}
