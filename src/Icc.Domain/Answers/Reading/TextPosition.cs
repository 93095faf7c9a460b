using System.Text;

namespace Icc.Domain.Answers.Reading;

/// <summary>Turns a parser's byte position into the column a person counts in an editor.</summary>
internal static class TextPosition
{
    /// <summary>The 1-based character column of the byte at <paramref name="byteInLine"/> (0-based) on a 1-based line.</summary>
    public static int CharacterColumn(string text, int line, long byteInLine)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0)
            {
                return 1;
            }

            start = next + 1;
        }

        var column = 1;
        var bytes = 0L;
        for (var i = start; i < text.Length && text[i] != '\n' && bytes < byteInLine; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bytes += pair ? 4 : Encoding.UTF8.GetByteCount(text.AsSpan(i, 1));
            i += pair ? 1 : 0;
            column++;
        }

        return column;
    }
}
