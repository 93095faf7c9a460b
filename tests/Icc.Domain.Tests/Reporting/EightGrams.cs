using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Icc.Domain.Tests.Reporting;

/// <summary>
/// Runs of eight consecutive words, the unit of the originality check: a shared run of eight words is a copied
/// phrase, while shorter runs are mostly names and stock phrases ("the Council of Europe's Intercultural Cities").
/// </summary>
internal static class EightGrams
{
    public const int Length = 8;

    /// <summary>
    /// The words of a text, normalised so that case, punctuation and line breaks do not hide a copy: lower case,
    /// every character that is not a letter or digit read as a space.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            cleaned.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Every run of eight consecutive normalised words, joined by single spaces.</summary>
    public static IEnumerable<string> Of(string text)
    {
        var words = Words(text);
        for (var i = 0; i + Length <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(Length));
        }
    }

    /// <summary>The first eight bytes of the SHA-256 of the run (UTF-8), big-endian: enough to make collisions negligible.</summary>
    public static ulong Hash(string gram) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(gram)));

    /// <summary>The sorted, distinct hashes of every run of a text.</summary>
    public static ulong[] Hashes(string text) => [.. Of(text).Select(Hash).Distinct().Order()];
}
