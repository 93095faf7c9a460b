using Icc.Application.Http;
using Icc.Application.Upload;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Icc.Functions.Http;

/// <summary>POST api/cities/{cityId}/submissions.</summary>
public sealed class UploadFunction
{
    private readonly UploadHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public UploadFunction(UploadHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler; our own API-key check runs there, hence anonymous here.</summary>
    [Function(RouteNames.UploadSubmission)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CitySubmissions)] HttpRequest request,
        string cityId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        this.handler.HandleAsync(request, cityId, client, cancellationToken).ToActionResult();
}
