using Icc.Application.Http;
using Icc.Application.Upload;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Icc.Functions.Http;

/// <summary>PUT api/submissions/{submissionId}/answers.</summary>
public sealed class CorrectionFunction
{
    private readonly CorrectionHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public CorrectionFunction(CorrectionHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler; our own API-key check runs there, hence anonymous here.</summary>
    [Function(RouteNames.UploadCorrectedAnswers)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.SubmissionAnswers)] HttpRequest request,
        string submissionId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        this.handler.HandleAsync(request, submissionId, client, cancellationToken).ToActionResult();
}
