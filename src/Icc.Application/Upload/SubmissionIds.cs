using System.Security.Cryptography;
using System.Text;
using Icc.Application.Storage;

namespace Icc.Application.Upload;

/// <summary>
/// Derives a submission id from the city and the uploaded bytes, so the same file uploaded again by the
/// same city names the same submission (idempotent upload, and the orchestration's dedupe key).
/// </summary>
public static class SubmissionIds
{
    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public static string ContentHash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The submission id for a city's upload: "s-" and 32 hex digits of SHA-256(city id, NUL, content).</summary>
    public static string For(string cityId, ReadOnlySpan<byte> content)
    {
        StorageNames.CheckCityId(cityId);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(cityId));
        hash.AppendData([0]);
        hash.AppendData(content);
        return "s-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
