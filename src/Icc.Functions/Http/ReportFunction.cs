using Icc.Application.Http;
using Icc.Application.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Http;

/// <summary>GET api/submissions/{submissionId}/report.</summary>
public sealed class ReportFunction
{
    private readonly ReportDownloadHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public ReportFunction(ReportDownloadHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler; our own API-key check runs there, hence anonymous here.</summary>
    [Function(RouteNames.DownloadReport)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SubmissionReport)] HttpRequest request,
        string submissionId,
        CancellationToken cancellationToken) =>
        this.handler.HandleAsync(request, submissionId, cancellationToken).ToActionResult();
}
