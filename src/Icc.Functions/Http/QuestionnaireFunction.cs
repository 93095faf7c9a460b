using Icc.Application.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Functions.Http;

/// <summary>GET api/questionnaire.</summary>
public sealed class QuestionnaireFunction
{
    private readonly QuestionnaireHandler handler;

    /// <summary>Creates the trigger over the shared handler.</summary>
    public QuestionnaireFunction(QuestionnaireHandler handler) => this.handler = handler;

    /// <summary>Runs the shared handler; our own API-key check runs there, hence anonymous here.</summary>
    [Function(RouteNames.GetQuestionnaire)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Questionnaire)] HttpRequest request,
        CancellationToken cancellationToken) =>
        this.handler.HandleAsync(request, cancellationToken).ToActionResult();
}
