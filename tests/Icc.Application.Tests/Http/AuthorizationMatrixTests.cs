namespace Icc.Application.Tests.Http;

public class AuthorizationMatrixTests
{
    [Theory]
    [MemberData(nameof(AuthorizationMatrix.Matrix), MemberType = typeof(AuthorizationMatrix))]
    public async Task Endpoint_Caller_AnswersMatrixStatus(Endpoint endpoint, Caller caller, int expected)
    {
        // Each endpoint against each kind of caller answers exactly the status of the authorization matrix.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var target = ApiCalls.Arrange(api, endpoint);

        var response = await ApiCalls.CallAsync(api, endpoint, AuthorizationMatrix.KeyOf(caller), target, cts.Token);

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
    [MemberData(nameof(AuthorizationMatrix.Matrix), MemberType = typeof(AuthorizationMatrix))]
    public async Task Endpoint_RefusedCaller_ChangesNothing(Endpoint endpoint, Caller caller, int expected)
    {
        // A refused request leaves no trace: no record change, no workflow start, no event.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var target = ApiCalls.Arrange(api, endpoint);

        await ApiCalls.CallAsync(api, endpoint, AuthorizationMatrix.KeyOf(caller), target, cts.Token);

        if (expected >= 400)
        {
            Assert.Equal(0, api.Submissions.Updates);
            Assert.Empty(api.Client.Scheduled);
            Assert.Empty(api.Client.Raised);
            Assert.Empty(api.Blobs.UploadNames);
        }
    }
}
