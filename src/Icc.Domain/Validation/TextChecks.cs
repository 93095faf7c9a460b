namespace Icc.Domain.Validation;

/// <summary>Checks every text field shares: length limit and control characters.</summary>
internal static class TextChecks
{
    /// <summary>Adds issues for a text that is too long or holds control characters; true when it is fine.</summary>
    public static bool Check(string text, int maxChars, string what, SourceLocation location, string? questionId, List<ValidationIssue> issues)
    {
        var fine = true;
        if (text.Length > maxChars)
        {
            issues.Add(Issues.Error(IssueCodes.FieldTooLong, location,
                $"The {what} has {text.Length:N0} characters; the limit is {maxChars:N0}. Shorten it (a link to a longer document is welcome).", questionId));
            fine = false;
        }

        var bad = text.IndexOfAny(ControlCharacters);
        if (bad >= 0)
        {
            issues.Add(Issues.Error(IssueCodes.ControlCharacters, location,
                $"The {what} contains the control character U+{(int)text[bad]:X4} at position {bad + 1}. Remove it; only tabs and line breaks are allowed.", questionId));
            fine = false;
        }

        return fine;
    }

    private static readonly char[] ControlCharacters = Enumerable.Range(0, 32)
        .Where(c => c is not ('\t' or '\n' or '\r'))
        .Select(c => (char)c)
        .Append((char)0x7F)
        .ToArray();
}
