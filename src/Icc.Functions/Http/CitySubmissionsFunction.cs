using Icc.Application.Http;
using Icc.Application.Status;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Http;

/// <summary>GET api/cities/{cityId}/submissions.</summary>
public sealed class CitySubmissionsFunction
{
    private readonly CitySubmissionsHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public CitySubmissionsFunction(CitySubmissionsHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler; our own API-key check runs there, hence anonymous here.</summary>
    [Function(RouteNames.ListCitySubmissions)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CitySubmissions)] HttpRequest request,
        string cityId,
        CancellationToken cancellationToken) =>
        this.handler.HandleAsync(request, cityId, cancellationToken).ToActionResult();
}
