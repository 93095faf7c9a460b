using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Http;

/// <summary>Liveness probe: answers 200 without a key so load balancers can call it.</summary>
public static class HealthFunction
{
    [Function("Health")]
    public static IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
        => new OkObjectResult(new { status = "healthy" });
}
