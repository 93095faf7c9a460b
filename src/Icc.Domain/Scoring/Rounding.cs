namespace Icc.Domain.Scoring;

/// <summary>
/// The one rounding rule of the index: rates are truncated to whole numbers, never rounded up, so a
/// printed 100 always means every point was earned (docs/scoring.md).
/// </summary>
public static class Rounding
{
    // Decimal division of repeating fractions can land a hair below a whole number (33.33…×3);
    // rounding to nine places first keeps such values whole before truncation.
    private const int Guard = 9;

    /// <summary>Truncates a rate to a whole number.</summary>
    public static int Truncate(decimal exactRate) => (int)decimal.Floor(decimal.Round(exactRate, Guard));

    /// <summary>Truncates a nullable rate.</summary>
    public static int? Truncate(decimal? exactRate) => exactRate is null ? null : Truncate(exactRate.Value);
}
