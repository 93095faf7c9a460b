using System.Text;
using Icc.Domain.Validation;

namespace Icc.Domain.Answers.Reading;

/// <summary>Turns uploaded bytes into text, refusing anything that is not UTF-8 text.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text without a byte-order mark, or an issue saying why the bytes are not text.</summary>
    public static (string? Text, ValidationIssue? Issue) Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        var nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            return (null, Issues.Error(IssueCodes.FileNotText, SourceLocation.File,
                $"The file contains a NUL byte at position {nul}: it is not a text file. Save it as UTF-8 JSON or CSV."));
        }

        try
        {
            return (Strict.GetString(content), null);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, Issues.Error(IssueCodes.FileNotText, SourceLocation.File,
                $"The file is not valid UTF-8 (bad byte at position {ex.Index}). Save it as UTF-8 text; spreadsheet programs offer \"CSV UTF-8\"."));
        }
    }
}
