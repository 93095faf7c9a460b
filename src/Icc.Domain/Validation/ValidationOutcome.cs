using Icc.Domain.Answers;

namespace Icc.Domain.Validation;

/// <summary>
/// Everything validation found, in file order, and the answer sheet when there was no error.
/// </summary>
/// <param name="Issues">Every error and warning, all at once.</param>
/// <param name="Sheet">The validated sheet; null whenever <see cref="Issues"/> holds an error.</param>
public sealed record ValidationOutcome(IReadOnlyList<ValidationIssue> Issues, AnswerSheet? Sheet)
{
    /// <summary>The errors only.</summary>
    public IEnumerable<ValidationIssue> Errors => this.Issues.Where(i => i.Severity == Severity.Error);

    /// <summary>The warnings only.</summary>
    public IEnumerable<ValidationIssue> Warnings => this.Issues.Where(i => i.Severity == Severity.Warning);

    /// <summary>True when the file can be scored.</summary>
    public bool IsValid => this.Sheet is not null;
}
