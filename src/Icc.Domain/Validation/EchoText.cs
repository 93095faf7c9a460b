using System.Text;

namespace Icc.Domain.Validation;

/// <summary>
/// Makes text from a file safe to repeat in a message: bounded in length, with control characters,
/// invisible marks and broken surrogates shown as escapes, so a hostile value can neither flood a
/// message nor hide in it.
/// </summary>
internal static class EchoText
{
    /// <summary>The longest piece of a file's text a message repeats.</summary>
    public const int MaxChars = 40;

    public static string Safe(string text)
    {
        var builder = new StringBuilder();
        var next = 0;
        while (next < text.Length && builder.Length < MaxChars)
        {
            var c = text[next++];
            if (char.IsHighSurrogate(c) && next < text.Length && char.IsLowSurrogate(text[next]))
            {
                builder.Append(c).Append(text[next++]);
            }
            else if (IsHidden(c))
            {
                builder.Append($"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return next < text.Length ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>True for characters that would be invisible or misleading when printed.</summary>
    public static bool IsHidden(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFEFF';
}
