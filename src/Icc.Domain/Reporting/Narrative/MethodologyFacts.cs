using System.Globalization;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Reporting.Narrative;

/// <summary>The figures the methodology paragraphs quote, which change with the sample and the questionnaire.</summary>
/// <param name="SampleCities">Cities in the comparison sample.</param>
/// <param name="QuestionCount">Questions in the questionnaire answered.</param>
/// <param name="IndicatorCount">Indicators the areas are grouped in.</param>
/// <param name="AreaCount">Areas rated.</param>
/// <param name="SampleDate">When the sample was taken; printed as month and year.</param>
public sealed record MethodologyFacts(int SampleCities, int QuestionCount, int IndicatorCount, int AreaCount, DateOnly SampleDate)
{
    /// <summary>The facts of a questionnaire version compared with a sample of a given size and date.</summary>
    public static MethodologyFacts From(Questionnaire questionnaire, int sampleCities, DateOnly sampleDate) =>
        new(sampleCities, questionnaire.Questions.Count, questionnaire.Indicators.Count, questionnaire.Areas.Count, sampleDate);

    /// <summary>The value of every known placeholder, formatted as the report prints it.</summary>
    public IReadOnlyDictionary<string, string> ToPlaceholderValues() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ReportPlaceholders.SampleCities] = this.SampleCities.ToString(CultureInfo.InvariantCulture),
        [ReportPlaceholders.QuestionCount] = this.QuestionCount.ToString(CultureInfo.InvariantCulture),
        [ReportPlaceholders.IndicatorCount] = this.IndicatorCount.ToString(CultureInfo.InvariantCulture),
        [ReportPlaceholders.AreaCount] = this.AreaCount.ToString(CultureInfo.InvariantCulture),

        // Reports date their sample by month ("December 2024"), as the published ones do.
        [ReportPlaceholders.SampleDate] = this.SampleDate.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
    };
}
