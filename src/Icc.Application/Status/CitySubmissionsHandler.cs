using Icc.Application.Http;
using Icc.Application.Security;
using Icc.Application.Storage;
using Icc.Application.Workflow;
using Icc.Domain.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Status;

/// <summary>One line of a city's submission list.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Status">Its status.</param>
/// <param name="Round">Its current round.</param>
/// <param name="CreatedAt">When it was first uploaded.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Index">Its aggregate index, once scored.</param>
public sealed record CitySubmissionItem(string SubmissionId, SubmissionStatus Status, int Round, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int? Index);

/// <summary>GET cities/{cityId}/submissions: a city's submissions, newest first.</summary>
public sealed class CitySubmissionsHandler(ApiKeyAuthenticator authenticator, ISubmissionStore submissions, ILogger<CitySubmissionsHandler> logger)
{
    /// <summary>Handles the request: 200 with the list, or a problem.</summary>
    public Task<IResult> HandleAsync(HttpRequest request, string cityId, CancellationToken cancellationToken) =>
        Failures.GuardAsync(request, logger, "ListCitySubmissions", () => this.ListAsync(request, cityId, cancellationToken), cancellationToken, cityId: cityId);

    private async Task<IResult> ListAsync(HttpRequest request, string cityId, CancellationToken cancellationToken)
    {
        var (caller, unauthorized) = authenticator.Authenticate(request);
        if (caller is null)
        {
            return unauthorized!;
        }

        if (!StorageNames.IsCityId(cityId) || !caller.MaySee(cityId))
        {
            return Problems.NotFound("There is no such city for this API key.");
        }

        var records = await submissions.ListByCityAsync(cityId, cancellationToken);
        var items = records
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new CitySubmissionItem(r.SubmissionId, r.Status, r.Round, r.CreatedAt, r.UpdatedAt, r.Index))
            .ToList();
        return Results.Json(items, IccJson.Options);
    }
}
