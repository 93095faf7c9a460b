namespace Icc.Application.Tests.Http;

/// <summary>The endpoints, as the tests call them.</summary>
public enum Endpoint
{
    Health,
    Questionnaire,
    Upload,
    CityList,
    Status,
    Correction,
    Review,
    Report,
    Pending,
    OpenApi,
    Recompute,
    CurrentBenchmark,
    Benchmark,
}

/// <summary>Who calls: no key, an unknown key, asan's own city key, another city's key, a reviewer, an admin.</summary>
public enum Caller
{
    None,
    Unknown,
    CityOwn,
    CityOther,
    Reviewer,
    Admin,
}

/// <summary>
/// The authorization matrix: the status each endpoint answers each kind of caller when the request would
/// otherwise succeed. One definition, checked in process on the handlers (AuthorizationMatrixTests) and over
/// real HTTP on the standalone host (Icc.Host.Tests, which compiles this file in).
/// </summary>
public static class AuthorizationMatrix
{
    // Expected status per endpoint for: own city, other city, reviewer, admin. No key or an unknown key: 401.
    private static readonly Dictionary<Endpoint, int[]> Expected = new()
    {
        [Endpoint.Questionnaire] = [200, 200, 200, 200],
        [Endpoint.Upload] = [202, 404, 403, 202],
        [Endpoint.CityList] = [200, 404, 200, 200],
        [Endpoint.Status] = [200, 404, 200, 200],
        [Endpoint.Correction] = [202, 404, 403, 202],
        [Endpoint.Review] = [403, 403, 202, 202],
        [Endpoint.Report] = [200, 404, 200, 200],
        [Endpoint.Pending] = [403, 403, 200, 200],
        [Endpoint.Recompute] = [403, 403, 403, 202],
        [Endpoint.CurrentBenchmark] = [200, 200, 200, 200],
        [Endpoint.Benchmark] = [200, 200, 200, 200],
    };

    public static TheoryData<Endpoint, Caller, int> Matrix()
    {
        var data = new TheoryData<Endpoint, Caller, int>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            data.Add(Endpoint.Health, caller, 200);
            data.Add(Endpoint.OpenApi, caller, 200);
        }

        foreach (var (endpoint, statuses) in Expected)
        {
            data.Add(endpoint, Caller.None, 401);
            data.Add(endpoint, Caller.Unknown, 401);
            data.Add(endpoint, Caller.CityOwn, statuses[0]);
            data.Add(endpoint, Caller.CityOther, statuses[1]);
            data.Add(endpoint, Caller.Reviewer, statuses[2]);
            data.Add(endpoint, Caller.Admin, statuses[3]);
        }

        return data;
    }

    /// <summary>The API key a caller sends (null: none).</summary>
    public static string? KeyOf(Caller caller) => caller switch
    {
        Caller.None => null,
        Caller.Unknown => TestKeys.Unknown,
        Caller.CityOwn => TestKeys.CityAsan,
        Caller.CityOther => TestKeys.CityBern,
        Caller.Reviewer => TestKeys.Reviewer,
        _ => TestKeys.Admin,
    };
}
