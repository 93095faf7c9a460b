namespace Icc.Domain.Reporting.Wording;

/// <summary>How a city's rate compares with the sample's, in the report's words.</summary>
public static class RateWording
{
    /// <summary>
    /// "considerably higher than", "slightly higher than", "equal to", "slightly lower than" or
    /// "considerably lower than", comparing the printed whole numbers.
    /// </summary>
    public static string Compare(int city, int sample, ReportRules rules)
    {
        var gap = city - sample;
        return gap switch
        {
            0 => "equal to",
            > 0 when gap >= rules.ConsiderableGap => "considerably higher than",
            > 0 => "slightly higher than",
            _ when -gap >= rules.ConsiderableGap => "considerably lower than",
            _ => "slightly lower than",
        };
    }
}
