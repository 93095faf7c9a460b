using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Icc.Reports.Pdf;

/// <summary>
/// Makes PDFsharp 6.2.4 write the same bytes for the same drawing. Left alone it varies four things per
/// save: the creation date (now), the trailer /ID (a new GUID), the six-letter font subset tags (from a
/// new GUID each) and the XMP DocumentID and InstanceID (new GUIDs, generated while saving). This sets the
/// dates, renames the subset tags before saving, and afterwards overwrites the IDs in place with values
/// hashed from the file itself, as the PDF specification suggests for /ID. Replacements keep their length,
/// so the cross-reference offsets stay valid.
/// </summary>
internal static partial class DeterministicPdf
{
    private const string ZeroUuid = "00000000-0000-0000-0000-000000000000";
    private const int IdLength = 16;

    private static readonly byte[] DocumentIdMarker = Encoding.ASCII.GetBytes("<xmpMM:DocumentID>uuid:");
    private static readonly byte[] InstanceIdMarker = Encoding.ASCII.GetBytes("<xmpMM:InstanceID>uuid:");

    /// <summary>Fixes the dates and font names of a drawn document and saves it.</summary>
    /// <param name="document">The document, fully drawn.</param>
    /// <param name="timestamp">Creation and modification date (kept in UTC so the machine's zone does not leak in).</param>
    public static byte[] Save(PdfDocument document, DateTime timestamp)
    {
        var utc = DateTime.SpecifyKind(timestamp, DateTimeKind.Utc);
        document.Info.CreationDate = utc;
        document.Info.ModificationDate = utc;
        document.Options.Layout = PdfWriterLayout.Compact;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;

        // A recognisable placeholder, replaced by a hash of the file once it is written.
        var placeholder = new string('\0', IdLength);
        document.Internals.FirstDocumentID = placeholder;
        document.Internals.SecondDocumentID = placeholder;
        RenameFontSubsets(document);

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        var bytes = stream.ToArray();

        var documentId = UuidAt(bytes, DocumentIdMarker);
        var instanceId = UuidAt(bytes, InstanceIdMarker);
        var trailerId = TrailerIdAt(bytes, new string('0', IdLength * 2));
        WriteAscii(bytes, documentId, ZeroUuid);
        WriteAscii(bytes, instanceId, ZeroUuid);

        var hash = SHA256.HashData(bytes);
        WriteAscii(bytes, documentId, new Guid(hash.AsSpan(0, 16)).ToString("D"));
        WriteAscii(bytes, instanceId, new Guid(hash.AsSpan(16, 16)).ToString("D"));
        var hex = Convert.ToHexString(hash, 0, IdLength);
        foreach (var position in trailerId)
        {
            WriteAscii(bytes, position, hex);
        }

        return bytes;
    }

    /// <summary>
    /// Replaces each random subset tag ("ABCDEF+DejaVuSans") with one derived from the font name and how
    /// many subsets of that font came before it, so distinct subsets keep distinct names.
    /// </summary>
    private static void RenameFontSubsets(PdfDocument document)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var perFont = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var key in (string[])["/BaseFont", "/FontName"])
            {
                var name = dictionary.Elements.GetName(key);
                var match = SubsetName().Match(name);
                if (!match.Success)
                {
                    continue;
                }

                if (!renamed.TryGetValue(name, out var replacement))
                {
                    var fontName = match.Groups["font"].Value;
                    var ordinal = perFont.GetValueOrDefault(fontName);
                    perFont[fontName] = ordinal + 1;
                    replacement = $"/{SubsetTag($"{fontName}#{ordinal}")}+{fontName}";
                    renamed.Add(name, replacement);
                }

                dictionary.Elements.SetName(key, replacement);
            }
        }
    }

    private static string SubsetTag(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
    }

    private static int UuidAt(byte[] bytes, byte[] marker)
    {
        var index = bytes.AsSpan().IndexOf(marker);
        if (index < 0 || bytes.AsSpan().Slice(index + 1).IndexOf(marker) >= 0)
        {
            throw new InvalidOperationException(
                $"Expected exactly one '{Encoding.ASCII.GetString(marker)}' in the PDF; PDFsharp's XMP output changed, so {nameof(DeterministicPdf)} needs updating.");
        }

        return index + marker.Length;
    }

    /// <summary>Positions of the two hex strings of the trailer's /ID array, the last ones in the file.</summary>
    private static int[] TrailerIdAt(byte[] bytes, string placeholderHex)
    {
        var needle = Encoding.ASCII.GetBytes($"<{placeholderHex}>");
        var second = bytes.AsSpan().LastIndexOf(needle);
        var first = second < 0 ? -1 : bytes.AsSpan(0, second).LastIndexOf(needle);
        if (first < 0)
        {
            throw new InvalidOperationException(
                $"Expected the placeholder document ID twice in the PDF trailer; PDFsharp's trailer output changed, so {nameof(DeterministicPdf)} needs updating.");
        }

        return [first + 1, second + 1];
    }

    private static void WriteAscii(byte[] bytes, int position, string text) =>
        Encoding.ASCII.GetBytes(text).CopyTo(bytes, position);

    [GeneratedRegex("^/[A-Z]{6}\\+(?<font>.+)$")]
    private static partial Regex SubsetName();
}
