using System.Globalization;
using System.Text.RegularExpressions;

namespace Icc.Domain.Validation;

/// <summary>Reads numbers written by people and spreadsheets: "6.18", "6,18", "389 354", "10 %".</summary>
internal static partial class NumberText
{
    [GeneratedRegex(@"^[0-9]{1,3}([,.\u00A0\u202F ][0-9]{3})+$")]
    private static partial Regex GroupedDigits();

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainDecimal();

    /// <summary>Reads a whole number such as a population: "389354", "389 354", "389,354" and "389.354" are all 389354.</summary>
    public static NumberReading ParseWhole(string text)
    {
        var trimmed = text.Trim();
        var digits = GroupedDigits().IsMatch(trimmed) ? new string(trimmed.Where(char.IsAsciiDigit).ToArray()) : trimmed;
        return Parse(digits, allowPercentSign: false);
    }

    /// <summary>Reads a number; says whether the text is a number too large (or too small) for any accepted range.</summary>
    public static NumberReading Parse(string text, bool allowPercentSign)
    {
        var cleaned = text.Trim().Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (allowPercentSign && cleaned.EndsWith('%'))
        {
            cleaned = cleaned[..^1];
        }

        // A lone comma is a decimal comma ("6,18"); with a point as well it would be ambiguous.
        if (cleaned.Contains(',') && !cleaned.Contains('.') && cleaned.Count(c => c == ',') == 1)
        {
            cleaned = cleaned.Replace(',', '.');
        }

        if (decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return NumberReading.Of(value);
        }

        return PlainDecimal().IsMatch(cleaned) ? NumberReading.Huge(cleaned.StartsWith('-')) : NumberReading.NotANumber;
    }

    /// <summary>Reads a JSON number token: null <paramref name="value"/> means it did not fit a decimal.</summary>
    public static NumberReading FromJson(decimal? value, string rawText) =>
        value is decimal fits ? NumberReading.Of(fits) : NumberReading.Huge(rawText.TrimStart().StartsWith('-'));
}

/// <summary>What reading a number gave: a value, a number beyond every accepted range, or no number at all.</summary>
/// <param name="Value">The number, when it fits.</param>
/// <param name="IsHuge">True when the text is a number whose size no field accepts (such as 1e400).</param>
/// <param name="IsNegative">For a huge number: true when it is below zero.</param>
internal readonly record struct NumberReading(decimal? Value, bool IsHuge, bool IsNegative)
{
    public static readonly NumberReading NotANumber = new(null, false, false);

    public static NumberReading Of(decimal value) => new(value, false, false);

    public static NumberReading Huge(bool negative) => new(null, true, negative);
}
