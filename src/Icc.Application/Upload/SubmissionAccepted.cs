using Icc.Application.Http;
using Icc.Application.Workflow;
using Icc.Domain.Json;
using Microsoft.AspNetCore.Http;

namespace Icc.Application.Upload;

/// <summary>The 202 body of an upload or a corrected file: where to follow the submission.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="CityId">Its city.</param>
/// <param name="Status">Its status now.</param>
/// <param name="StatusUrl">The path of its status document.</param>
public sealed record SubmissionAccepted(string SubmissionId, string CityId, SubmissionStatus Status, string StatusUrl)
{
    /// <summary>The body for a submission.</summary>
    public static SubmissionAccepted For(string submissionId, string cityId, SubmissionStatus status) =>
        new(submissionId, cityId, status, Routes.SubmissionPath(submissionId));

    /// <summary>202 Accepted with this body and a Location header pointing at the status document.</summary>
    public IResult ToResult() =>
        Results.Json(this, IccJson.Options, statusCode: StatusCodes.Status202Accepted)
            .WithHeader("Location", this.StatusUrl);
}
