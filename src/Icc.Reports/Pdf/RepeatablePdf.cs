using System.Text;
using System.Text.RegularExpressions;

namespace Icc.Reports.Pdf;

/// <summary>
/// Makes PDFsharp's output repeatable. PDFsharp names each embedded font subset with a random six-letter tag (ABCDEF+DejaVu Sans). Replacing
/// the tags, in order of appearance, with tags counted from AAAAAA keeps a rendering byte-for-byte
/// repeatable; the XMP metadata's random uuids are replaced by one derived from the content. Every
/// replacement has the same length, so the file's cross-reference offsets stay valid.
/// </summary>
internal static partial class RepeatablePdf
{
    [GeneratedRegex("(?<=/(?:FontName|BaseFont)/)[A-Z]{6}(?=\\+)")]
    private static partial Regex Tag();

    [GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    public static byte[] Normalise(byte[] pdf, Guid documentId)
    {
        var text = Uuid().Replace(Encoding.Latin1.GetString(pdf), "uuid:" + documentId.ToString("D"));
        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = Tag().Replace(text, match =>
        {
            if (!assigned.TryGetValue(match.Value, out var tag))
            {
                tag = Counted(assigned.Count);
                assigned[match.Value] = tag;
            }

            return tag;
        });
        return Encoding.Latin1.GetBytes(result);
    }

    private static string Counted(int n)
    {
        var letters = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            letters[i] = (char)('A' + (n % 26));
            n /= 26;
        }

        return new string(letters);
    }
}
