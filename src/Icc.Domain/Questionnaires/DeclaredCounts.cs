namespace Icc.Domain.Questionnaires;

/// <summary>
/// The counts a definition states about itself (86 questions, 73 mandatory, ...): loading checks the
/// content against them, so an entry lost or added by mistake stops the definition from loading.
/// </summary>
public sealed record DeclaredCounts(int Questions, int Mandatory, int Indicators, int Areas);
