using System.Security.Cryptography;
using System.Text;
using Icc.Application.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Icc.Application.Security;

/// <summary>
/// Checks the <c>X-Api-Key</c> header against the configured key hashes. Only hashes are configured, and
/// the presented key's hash is compared with every configured hash in constant time, so neither the
/// configuration nor the timing of a failed attempt gives a key away.
/// </summary>
public sealed class ApiKeyAuthenticator
{
    /// <summary>The request header carrying the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>
    /// The keys of local development, published in local.settings.sample.json: accepted only when the host
    /// environment is Development and no Azure marker (<see cref="AzureMarkers"/>) is set, so configuring their
    /// hashes in Azure by mistake opens nothing, even with a mistaken environment name.
    /// </summary>
    public static readonly IReadOnlyList<string> DevelopmentKeys = ["dev-city-asan", "dev-reviewer", "dev-admin"];

    private readonly IReadOnlyList<(byte[] Hash, ApiCaller Caller)> keys;

    /// <summary>Loads the configured keys, leaving out the development keys outside local Development.</summary>
    public ApiKeyAuthenticator(IOptions<ApiKeyOptions> options, IHostEnvironment environment, IConfiguration configuration, ILogger<ApiKeyAuthenticator> logger)
    {
        var azureMarker = AzureMarkers.Found(configuration);
        var where = azureMarker is null ? $"the {environment.EnvironmentName} environment" : $"Azure ({azureMarker} is set)";
        var developmentHashes = DevelopmentKeys.Select(k => Convert.ToHexStringLower(Hash(k))).ToHashSet(StringComparer.Ordinal);
        var accepted = new List<(byte[], ApiCaller)>();
        foreach (var entry in options.Value.ApiKeys)
        {
            if ((!environment.IsDevelopment() || azureMarker is not null) && developmentHashes.Contains(entry.Sha256))
            {
                logger.LogWarning("API key {KeyName} is a published development key and is refused in {Where}", entry.Name, where);
                continue;
            }

            accepted.Add((Convert.FromHexString(entry.Sha256), new ApiCaller(entry.Name, entry.Role, entry.Role == ApiRole.City ? entry.CityId : null)));
        }

        this.keys = accepted;
    }

    /// <summary>The caller, or the 401 problem to answer when the key is missing or not accepted.</summary>
    public (ApiCaller? Caller, IResult? Problem) Authenticate(HttpRequest request)
    {
        var values = request.Headers[HeaderName];
        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return (null, Problems.Unauthorized($"Send your API key in the {HeaderName} header."));
        }

        if (values.Count > 1)
        {
            return (null, Problems.Unauthorized($"Send exactly one {HeaderName} header."));
        }

        var presented = Hash(values[0]!);
        ApiCaller? match = null;

        // Compare with every entry, without stopping at a match, so the time taken does not tell which.
        foreach (var (hash, caller) in this.keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash))
            {
                match = caller;
            }
        }

        return match is null
            ? (null, Problems.Unauthorized($"The key in the {HeaderName} header is not accepted. Ask the secretariat for a valid key."))
            : (match, null);
    }

    /// <summary>SHA-256 of the key's UTF-8 bytes: what <see cref="ApiKeyEntry.Sha256"/> holds, in hex.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>
    /// Authenticates the caller and checks that its role may do the action: the caller, or the 401/403
    /// problem to answer.
    /// </summary>
    public (ApiCaller? Caller, IResult? Problem) Authorize(HttpRequest request, string action, params ApiRole[] roles)
    {
        var (caller, unauthorized) = this.Authenticate(request);
        if (caller is null)
        {
            return (null, unauthorized);
        }

        return Access.Require(caller, action, roles) is { } forbidden ? (null, forbidden) : (caller, null);
    }
}
