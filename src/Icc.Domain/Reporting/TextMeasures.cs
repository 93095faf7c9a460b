using System.Text.RegularExpressions;

namespace Icc.Domain.Reporting;

/// <summary>
/// Rough measures of prose used by the report data rules: they keep summaries and paragraphs within the
/// lengths the report layout was designed for, not to judge style.
/// </summary>
public static partial class TextMeasures
{
    /// <summary>Number of whitespace-separated words.</summary>
    public static int Words(string text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : WordSplit().Split(text.Trim()).Length;

    /// <summary>
    /// Number of sentences: a sentence ends at '.', '!' or '?' followed by a space and a capital letter, a digit or an
    /// opening quote (so "e.g. the city" stays one sentence), or at the end of the text.
    /// </summary>
    public static int Sentences(string text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : SentenceBreak().Split(text.Trim()).Length;

    [GeneratedRegex("\\s+")]
    private static partial Regex WordSplit();

    [GeneratedRegex("(?<=[.!?][\"'”’)]?)\\s+(?=[\\p{Lu}0-9\"'“‘(])")]
    private static partial Regex SentenceBreak();
}
