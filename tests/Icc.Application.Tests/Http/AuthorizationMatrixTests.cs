namespace Icc.Application.Tests.Http;

public class AuthorizationMatrixTests
{
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

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_Caller_AnswersMatrixStatus(Endpoint endpoint, Caller caller, int expected)
    {
        // Each endpoint against each kind of caller answers exactly the status of the authorization matrix.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var target = ApiCalls.Arrange(api, endpoint);

        var response = await ApiCalls.CallAsync(api, endpoint, KeyOf(caller), target, cts.Token);

        Assert.True(expected == response.Status, $"{endpoint} as {caller}: expected {expected}, got {response}");
        if (expected >= 400)
        {
            Assert.True(response.IsProblem, $"not problem+json: {response}");
            Assert.Equal(expected, response.Json.GetProperty("status").GetInt32());
        }

        if (expected == 401)
        {
            Assert.Contains("X-Api-Key", response.Headers["WWW-Authenticate"].ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_RefusedCaller_ChangesNothing(Endpoint endpoint, Caller caller, int expected)
    {
        // A refused request leaves no trace: no record change, no workflow start, no event.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var target = ApiCalls.Arrange(api, endpoint);

        await ApiCalls.CallAsync(api, endpoint, KeyOf(caller), target, cts.Token);

        if (expected >= 400)
        {
            Assert.Equal(0, api.Submissions.Updates);
            Assert.Empty(api.Client.Scheduled);
            Assert.Empty(api.Client.Raised);
            Assert.Empty(api.Blobs.UploadNames);
        }
    }

    internal static string? KeyOf(Caller caller) => caller switch
    {
        Caller.None => null,
        Caller.Unknown => TestKeys.Unknown,
        Caller.CityOwn => TestKeys.CityAsan,
        Caller.CityOther => TestKeys.CityBern,
        Caller.Reviewer => TestKeys.Reviewer,
        _ => TestKeys.Admin,
    };
}
