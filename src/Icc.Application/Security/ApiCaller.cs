namespace Icc.Application.Security;

/// <summary>Who is calling: the authenticated API key.</summary>
/// <param name="Name">The key's configured name (written into review logs as the actor).</param>
/// <param name="Role">The key's role.</param>
/// <param name="CityId">For city keys, the one city the key belongs to.</param>
public sealed record ApiCaller(string Name, ApiRole Role, string? CityId)
{
    /// <summary>
    /// True when the caller may see the city's data. Cities see only their own; for others a handler
    /// answers 404 so a key cannot even learn which other cities or submissions exist.
    /// </summary>
    public bool MaySee(string cityId) =>
        this.Role is not ApiRole.City || string.Equals(this.CityId, cityId, StringComparison.Ordinal);

    /// <summary>True when the caller has one of the roles.</summary>
    public bool IsIn(params ReadOnlySpan<ApiRole> roles) => roles.Contains(this.Role);
}
