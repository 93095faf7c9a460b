using Icc.Domain.Questionnaires;

namespace Icc.Domain.Validation;

/// <summary>Turns a profile field of the definition into the number rule validation applies.</summary>
internal static class ProfileRules
{
    public static NumberRule For(ProfileField field) =>
        new(field.Min ?? decimal.MinValue, field.Max ?? decimal.MaxValue, field.WholeNumber, AllowPercentSign: field.Type == ProfileFieldType.Percentage);
}
