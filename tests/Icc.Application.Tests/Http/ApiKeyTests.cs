using System.Text.Json;
using Icc.Application.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Icc.Application.Tests.Http;

public class ApiKeyTests
{
    public static TheoryData<Endpoint, string> DevelopmentKeysOnEveryEndpoint()
    {
        var data = new TheoryData<Endpoint, string>();
        foreach (var endpoint in Enum.GetValues<Endpoint>().Where(e => e is not (Endpoint.Health or Endpoint.OpenApi)))
        {
            foreach (var key in ApiKeyAuthenticator.DevelopmentKeys)
            {
                data.Add(endpoint, key);
            }
        }

        return data;
    }

    [Theory]
    [InlineData("WEBSITE_INSTANCE_ID", "0a1b2c3d")]
    [InlineData("WEBSITE_SITE_NAME", "icc-prod-func")]
    [InlineData("CONTAINER_APP_NAME", "icc-api")]
    public async Task DevelopmentKey_DevelopmentEnvironmentInAzure_Unauthorized(string marker, string value)
    {
        // An environment mistakenly named Development in Azure: the platform's own settings give it away, and the
        // published development keys still open nothing; a real admin key configured beside them still works.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness("Development", new Dictionary<string, string?> { [marker] = value });
        var target = ApiCalls.Arrange(api, Endpoint.Status);

        var refused = await ApiCalls.CallAsync(api, Endpoint.Status, TestKeys.Reviewer, target, cts.Token);

        Assert.Equal(401, refused.Status);
        Assert.True(refused.IsProblem);
        Assert.Equal(200, (await ApiCalls.CallAsync(api, Endpoint.Status, TestKeys.ProductionAdmin, target, cts.Token)).Status);
    }

    [Theory]
    [MemberData(nameof(DevelopmentKeysOnEveryEndpoint))]
    public async Task DevelopmentKey_ProductionEnvironment_Unauthorized(Endpoint endpoint, string key)
    {
        // The published development keys open nothing outside Development, although their hashes are configured.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness("Production");
        var target = ApiCalls.Arrange(api, endpoint);

        var response = await ApiCalls.CallAsync(api, endpoint, key, target, cts.Token);

        Assert.Equal(401, response.Status);
        Assert.True(response.IsProblem);
    }

    [Theory]
    [InlineData(Endpoint.Questionnaire, 200)]
    [InlineData(Endpoint.Upload, 202)]
    [InlineData(Endpoint.Review, 202)]
    [InlineData(Endpoint.Pending, 200)]
    public async Task ProductionKey_ProductionEnvironment_Accepted(Endpoint endpoint, int expected)
    {
        // A key that is not a development key works in Production.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness("Production");
        var target = ApiCalls.Arrange(api, endpoint);

        var response = await ApiCalls.CallAsync(api, endpoint, TestKeys.ProductionAdmin, target, cts.Token);

        Assert.Equal(expected, response.Status);
    }

    [Fact]
    public async Task MissingKey_AnyEndpoint_ProblemTellsWhichHeader()
    {
        // A 401 says how to authenticate: the challenge header and a detail naming X-Api-Key.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();

        var response = await ApiCalls.CallAsync(api, Endpoint.Questionnaire, null, string.Empty, cts.Token);

        Assert.Equal(401, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers["WWW-Authenticate"].ToString());
        Assert.Contains("X-Api-Key", response.Json.GetProperty("detail").GetString());
        Assert.False(string.IsNullOrEmpty(response.Json.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task TwoKeyHeaders_AnyEndpoint_Unauthorized()
    {
        // Two X-Api-Key values are refused rather than guessed between.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var api = new ApiHarness();
        var request = api.Request("GET", null);
        request.Http.Headers[ApiKeyAuthenticator.HeaderName] = new StringValues([TestKeys.Admin, TestKeys.Reviewer]);

        var response = await request.ExecuteAsync(await api.Questionnaire.HandleAsync(request.Http, cts.Token));

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public void Validator_MalformedEntries_FailsWithEveryProblem()
    {
        // A configuration that could fail open is rejected at start-up, every mistake named.
        var options = new ApiKeyOptions
        {
            ApiKeys =
            [
                new() { Name = "upper", Sha256 = new string('A', 64), Role = ApiRole.Admin },
                new() { Name = "city-without-city", Sha256 = new string('b', 64), Role = ApiRole.City },
                new() { Name = "reviewer-with-city", Sha256 = new string('c', 64), Role = ApiRole.Reviewer, CityId = "asan" },
                new() { Name = "twin", Sha256 = new string('c', 64), Role = ApiRole.Admin },
            ],
        };

        var result = new ApiKeyOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(4, result.Failures!.Count());
    }

    [Fact]
    public void SampleSettings_DevelopmentKeys_BindValidAndMatchTheKeys()
    {
        // local.settings.sample.json configures exactly the three development keys, validly.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "local.settings.sample.json")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString());
        var options = new ApiKeyOptions();
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(ApiKeyOptions.Section).Bind(options);

        Assert.Equal(ValidateOptionsResult.Success, new ApiKeyOptionsValidator().Validate(null, options));
        Assert.Equal("Development", values["AZURE_FUNCTIONS_ENVIRONMENT"]);
        Assert.Equal(
            ApiKeyAuthenticator.DevelopmentKeys.Select(k => Convert.ToHexStringLower(ApiKeyAuthenticator.Hash(k))),
            options.ApiKeys.Select(k => k.Sha256));
        Assert.Equal([ApiRole.City, ApiRole.Reviewer, ApiRole.Admin], options.ApiKeys.Select(k => k.Role));
        Assert.Equal("asan", options.ApiKeys[0].CityId);
    }
}
