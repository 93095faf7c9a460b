using System.Globalization;

namespace Icc.Domain.Validation;

/// <summary>Reads numbers written by people and spreadsheets: "6.18", "6,18", "389 354", "10 %".</summary>
internal static class NumberText
{
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
