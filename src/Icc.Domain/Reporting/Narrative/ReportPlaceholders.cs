using System.Text.RegularExpressions;

namespace Icc.Domain.Reporting.Narrative;

/// <summary>
/// The placeholders report prose may contain, written <c>{name}</c>, and how they are filled. The set is closed:
/// the narrative rules reject any other name, so a typo fails when the data loads, not in a printed report.
/// </summary>
public static partial class ReportPlaceholders
{
    /// <summary>Cities in the comparison sample.</summary>
    public const string SampleCities = "sampleCities";

    /// <summary>Questions in the questionnaire.</summary>
    public const string QuestionCount = "questionCount";

    /// <summary>Indicators the areas are grouped in.</summary>
    public const string IndicatorCount = "indicatorCount";

    /// <summary>Areas rated.</summary>
    public const string AreaCount = "areaCount";

    /// <summary>Month and year the sample was taken.</summary>
    public const string SampleDate = "sampleDate";

    /// <summary>Every placeholder name the report builder knows how to fill.</summary>
    public static IReadOnlySet<string> Known { get; } =
        new HashSet<string>([SampleCities, QuestionCount, IndicatorCount, AreaCount, SampleDate], StringComparer.Ordinal);

    /// <summary>The placeholder names used in a text, in order of first use.</summary>
    public static IReadOnlyList<string> NamesIn(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The text with every placeholder replaced; throws when a value is missing.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"No value for placeholder {{{m.Groups[1].Value}}}."));

    [GeneratedRegex("\\{([A-Za-z][A-Za-z0-9]*)\\}")]
    private static partial Regex Placeholder();
}
