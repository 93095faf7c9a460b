using System.Text.RegularExpressions;
using Icc.Application.Storage;
using Microsoft.Extensions.Options;

namespace Icc.Application.Security;

/// <summary>
/// Rejects a key configuration that would fail open or confuse: a malformed hash, a city key without a
/// valid city, a reviewer or admin key bound to a city, two entries with the same hash. Runs at start-up.
/// </summary>
public sealed partial class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HashPattern();

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var entry = options.ApiKeys[i];
            var at = $"Icc:ApiKeys:{i} ({entry.Name})";
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                failures.Add($"{at}: Name is required.");
            }

            if (!HashPattern().IsMatch(entry.Sha256 ?? string.Empty))
            {
                failures.Add($"{at}: Sha256 must be the key's SHA-256 as 64 lower-case hex digits.");
            }

            if (!Enum.IsDefined(entry.Role))
            {
                failures.Add($"{at}: Role must be City, Reviewer or Admin.");
            }
            else if (entry.Role == ApiRole.City && !StorageNames.IsCityId(entry.CityId))
            {
                failures.Add($"{at}: a City key needs a valid CityId.");
            }
            else if (entry.Role != ApiRole.City && !string.IsNullOrEmpty(entry.CityId))
            {
                failures.Add($"{at}: only City keys have a CityId.");
            }
        }

        failures.AddRange(options.ApiKeys
            .GroupBy(e => e.Sha256, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"Icc:ApiKeys: {string.Join(", ", g.Select(e => e.Name))} share one hash."));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
