namespace Icc.Domain.Reporting;

/// <summary>
/// Thrown when report data shipped in this assembly (the good-practice catalogue, the report narrative)
/// breaks one of its rules. Like a broken questionnaire, broken report data fails at first use, never half-loaded.
/// </summary>
public sealed class ReportDataException(string dataName, IReadOnlyList<string> problems)
    : Exception($"Report data '{dataName}' is invalid:{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems))
{
    /// <summary>Which data set is broken, e.g. <c>good-practices</c>.</summary>
    public string DataName { get; } = dataName;

    /// <summary>Every rule the data breaks.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
