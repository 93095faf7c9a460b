using System.Buffers.Binary;
using Icc.Domain.Tests.Support;

namespace Icc.Domain.Tests.Reporting;

/// <summary>
/// The published Asan report our texts must not copy from. The report itself lives outside the repository
/// (../shared/reference next to the repository, or ICC_REFERENCE_DIR); the repository holds only the hashes of
/// its eight-word runs, so the check also runs on a clean clone without shipping a line of the report.
/// </summary>
internal static class AsanReference
{
    public const string FileName = "asan-city-icc-index-analysis-2024.txt";

    /// <summary>The committed hash set: sorted, distinct 8-byte big-endian hashes (see <see cref="EightGrams.Hash"/>).</summary>
    public static string HashFile { get; } = RepoFiles.PathOf("tests/Icc.Domain.Tests/Reporting/Reference/asan-2024-8grams.bin");

    /// <summary>The report text when it is available on this machine, else null.</summary>
    public static string? TextPath
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("ICC_REFERENCE_DIR")
                ?? Path.Combine(Directory.GetParent(RepoFiles.Root)?.FullName ?? RepoFiles.Root, "shared", "reference");
            var path = Path.Combine(dir, FileName);
            return File.Exists(path) ? path : null;
        }
    }

    public static ulong[] ReadHashes()
    {
        var bytes = File.ReadAllBytes(HashFile);
        var hashes = new ulong[bytes.Length / sizeof(ulong)];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(i * sizeof(ulong)));
        }

        return hashes;
    }

    public static byte[] Serialize(IReadOnlyList<ulong> hashes)
    {
        var bytes = new byte[hashes.Count * sizeof(ulong)];
        for (var i = 0; i < hashes.Count; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(i * sizeof(ulong)), hashes[i]);
        }

        return bytes;
    }
}
