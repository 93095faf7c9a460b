using Icc.Application.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Http;

/// <summary>GET api/health: liveness probe, answers 200 without a key so load balancers can call it.</summary>
public sealed class HealthFunction
{
    private readonly HealthHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public HealthFunction(HealthHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler.</summary>
    [Function(RouteNames.Health)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Health)] HttpRequest request) =>
        this.handler.Handle().ToActionResult();
}
