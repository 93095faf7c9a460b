using System.Globalization;

namespace Icc.Domain.Validation;

/// <summary>Reads numbers written by people and spreadsheets: "6.18", "6,18", "389 354", "10 %".</summary>
internal static class NumberText
{
    /// <summary>Reads a whole number such as a population: "389354", "389 354", "389,354" and "389.354" are all 389354.</summary>
    public static bool TryParseWhole(string text, out decimal value)
    {
        var trimmed = text.Trim();
        var grouped = System.Text.RegularExpressions.Regex.IsMatch(trimmed, @"^\d{1,3}([,.\u00A0\u202F ]\d{3})+$");
        var digits = grouped ? new string(trimmed.Where(char.IsAsciiDigit).ToArray()) : trimmed;
        return TryParse(digits, allowPercentSign: false, out value);
    }

    public static bool TryParse(string text, bool allowPercentSign, out decimal value)
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

        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
