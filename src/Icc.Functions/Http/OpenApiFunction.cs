using Icc.Application.Http;
using Icc.Application.Http.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Http;

/// <summary>GET api/openapi.json: the API's OpenAPI description, without a key.</summary>
public sealed class OpenApiFunction
{
    private readonly OpenApiHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public OpenApiFunction(OpenApiHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler; it reads If-None-Match from the request itself.</summary>
    [Function(RouteNames.GetOpenApiDocument)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OpenApi)] HttpRequest request) =>
        this.handler.Handle().ToActionResult();
}
