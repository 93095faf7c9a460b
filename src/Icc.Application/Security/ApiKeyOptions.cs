namespace Icc.Application.Security;

/// <summary>
/// The API keys, bound from the configuration section <c>Icc</c> as the list <c>Icc:ApiKeys</c>, e.g.
/// <c>Icc__ApiKeys__0__Name=city-asan</c>, <c>Icc__ApiKeys__0__Sha256=…</c>, <c>Icc__ApiKeys__0__Role=City</c>,
/// <c>Icc__ApiKeys__0__CityId=asan</c>. Only SHA-256 hashes of keys are configured, never keys.
/// </summary>
public sealed class ApiKeyOptions
{
    /// <summary>The configuration section holding <see cref="ApiKeys"/>.</summary>
    public const string Section = "Icc";

    /// <summary>The accepted keys.</summary>
    public List<ApiKeyEntry> ApiKeys { get; set; } = [];
}

/// <summary>One accepted API key.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>A name for the key's holder, e.g. <c>city-asan</c> or <c>reviewer-jane</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>SHA-256 of the key's UTF-8 bytes, 64 lower-case hex digits.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>City, Reviewer or Admin.</summary>
    public ApiRole Role { get; set; }

    /// <summary>For city keys: the city id the key belongs to; empty for other roles.</summary>
    public string? CityId { get; set; }
}
