namespace Icc.Domain.Validation;

/// <summary>Short constructors for validation issues.</summary>
internal static class Issues
{
    public static ValidationIssue Error(string code, SourceLocation location, string message, string? questionId = null) =>
        new(code, Severity.Error, questionId, location, message);

    public static ValidationIssue Warning(string code, SourceLocation location, string message, string? questionId = null) =>
        new(code, Severity.Warning, questionId, location, message);
}
