using System.Globalization;
using System.Text.RegularExpressions;
using Icc.Domain.Benchmarking.Sample;

namespace Icc.Application.Benchmarks;

/// <summary>
/// Snapshot versions: the UTC time of the recomputation to the millisecond (<c>20261128T020000000Z</c>),
/// which sorts in time order and is safe in table keys and blob names, or the embedded sample's version.
/// </summary>
public static partial class BenchmarkVersions
{
    /// <summary>The version of a recomputation started at <paramref name="time"/>.</summary>
    public static string At(DateTime time) =>
        time.ToUniversalTime().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);

    /// <summary>True for a well-formed version.</summary>
    public static bool IsVersion(string? value) =>
        value is not null && (value == DefaultSample.Version || Pattern().IsMatch(value));

    [GeneratedRegex("^[0-9]{8}T[0-9]{9}Z\\z")]
    private static partial Regex Pattern();
}
