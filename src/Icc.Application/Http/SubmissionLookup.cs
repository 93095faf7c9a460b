using Icc.Application.Security;
using Icc.Application.Storage;
using Microsoft.AspNetCore.Http;

namespace Icc.Application.Http;

/// <summary>Finds the submission a route names, as far as the caller may know it exists.</summary>
public static class SubmissionLookup
{
    /// <summary>
    /// The submission, or a 404 problem when the id is malformed (it never reaches storage), unknown, or
    /// belongs to another city than the caller's (answered exactly like an unknown id).
    /// </summary>
    public static async Task<(SubmissionRecord? Record, IResult? Problem)> FindAsync(
        ISubmissionStore submissions, ApiCaller caller, string submissionId, CancellationToken cancellationToken)
    {
        if (!StorageNames.IsSubmissionId(submissionId))
        {
            return (null, NotFound());
        }

        var record = await submissions.FindAsync(submissionId, cancellationToken);
        return record is null || !caller.MaySee(record.CityId) ? (null, NotFound()) : (record, null);
    }

    /// <summary>
    /// Authenticates the caller (any role) and finds a submission it may see: the record, or the problem
    /// to answer (401, or 404 for unknown, malformed or another city's).
    /// </summary>
    public static async Task<(SubmissionRecord? Record, IResult? Problem)> AuthenticateAndFindAsync(
        ApiKeyAuthenticator authenticator, ISubmissionStore submissions, HttpRequest request, string submissionId, CancellationToken cancellationToken)
    {
        var (caller, unauthorized) = authenticator.Authenticate(request);
        return caller is null ? (null, unauthorized) : await FindAsync(submissions, caller, submissionId, cancellationToken);
    }

    private static IResult NotFound() =>
        Problems.NotFound("There is no submission with this id. Submission ids look like s- followed by 32 hex digits.");
}
