namespace Icc.Application.Tests.Http;

/// <summary>The API keys the tests call with.</summary>
internal static class TestKeys
{
    public const string CityAsan = "dev-city-asan";
    public const string Reviewer = "dev-reviewer";
    public const string Admin = "dev-admin";

    /// <summary>A city key of another city (bern), not a development key.</summary>
    public const string CityBern = "test-city-bern-6f1c";

    /// <summary>An admin key that is not a development key, so it works in Production too.</summary>
    public const string ProductionAdmin = "test-admin-93b2";

    /// <summary>A key nobody configured.</summary>
    public const string Unknown = "not-a-configured-key";
}
