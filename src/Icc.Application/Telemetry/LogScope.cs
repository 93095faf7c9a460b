namespace Icc.Application.Telemetry;

/// <summary>
/// The state of a logging scope about one submission, under the names every log of the service uses
/// (SubmissionId, CityId, Round), so one query finds a submission's lines from handlers, activities and
/// orchestrators alike.
/// </summary>
public static class LogScope
{
    /// <summary>The scope's key/value pairs, each only when known.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Of(string? submissionId, string? cityId, int? round = null)
    {
        var scope = new List<KeyValuePair<string, object?>>(3);
        if (submissionId is not null)
        {
            scope.Add(new("SubmissionId", submissionId));
        }

        if (cityId is not null)
        {
            scope.Add(new("CityId", cityId));
        }

        if (round is not null)
        {
            scope.Add(new("Round", round));
        }

        return scope;
    }
}
