using System.Text.Json;
using Icc.Application.Security;
using Icc.Domain.Json;
using Icc.Domain.Questionnaires;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Http;

/// <summary>GET questionnaire: the current questionnaire version, with every question, option and point value.</summary>
public sealed class QuestionnaireHandler
{
    private readonly ApiKeyAuthenticator authenticator;
    private readonly ILogger<QuestionnaireHandler> logger;
    private readonly Lazy<byte[]> json;

    /// <summary>Creates the handler; the questionnaire is serialized once, on first use.</summary>
    public QuestionnaireHandler(ApiKeyAuthenticator authenticator, QuestionnaireCatalog catalog, ILogger<QuestionnaireHandler> logger)
    {
        this.authenticator = authenticator;
        this.logger = logger;
        this.json = new(() => JsonSerializer.SerializeToUtf8Bytes(catalog.Current, IccJson.Options));
    }

    /// <summary>Handles the request: 200 with the questionnaire as JSON, or a problem.</summary>
    public Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, this.logger, "GetQuestionnaire", () => Task.FromResult(this.Get(request)), cancellationToken);

    private IResult Get(HttpRequest request)
    {
        var (caller, unauthorized) = this.authenticator.Authenticate(request);
        return caller is null ? unauthorized! : Results.Bytes(this.json.Value, "application/json; charset=utf-8");
    }
}
