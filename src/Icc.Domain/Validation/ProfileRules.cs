namespace Icc.Domain.Validation;

/// <summary>The numbers each city profile field accepts (docs/answer-files.md lists them).</summary>
internal static class ProfileRules
{
    public static readonly NumberRule Year = new(1990, 2100, WholeNumber: true, AllowPercentSign: false);
    public static readonly NumberRule Population = new(1, 100_000_000, WholeNumber: true, AllowPercentSign: false);
    public static readonly NumberRule ForeignBornShare = new(0, 100, WholeNumber: false, AllowPercentSign: true);
    public static readonly NumberRule ForeignResidents = new(0, 100_000_000, WholeNumber: true, AllowPercentSign: false);
    public static readonly NumberRule GdpPerCapitaEur = new(0, 10_000_000, WholeNumber: false, AllowPercentSign: true);
    public static readonly NumberRule GroupCount = new(0, 100_000_000, WholeNumber: true, AllowPercentSign: false);
    public static readonly NumberRule GroupShare = new(0, 100, WholeNumber: false, AllowPercentSign: true);
}
