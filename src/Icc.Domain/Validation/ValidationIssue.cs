namespace Icc.Domain.Validation;

/// <summary>How serious a validation issue is: errors reject the file, warnings do not.</summary>
public enum Severity
{
    /// <summary>The file cannot be accepted until this is fixed.</summary>
    Error,

    /// <summary>The file is accepted, but the city should look at this.</summary>
    Warning,
}

/// <summary>
/// One problem found in an answer file: what it is (a stable code), where it is, and how to fix it.
/// </summary>
/// <param name="Code">Stable machine-readable code from <see cref="IssueCodes"/>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="QuestionId">The question concerned, when there is one.</param>
/// <param name="Location">Where in the file: a JSON pointer for JSON files, a line and column for CSV files.</param>
/// <param name="Message">A sentence that says what is wrong and how to fix it.</param>
public sealed record ValidationIssue(
    string Code,
    Severity Severity,
    string? QuestionId,
    SourceLocation Location,
    string Message);

/// <summary>A place in an answer file.</summary>
/// <param name="Pointer">JSON pointer (RFC 6901) for JSON files, e.g. <c>/answers/3/answer</c>.</param>
/// <param name="Line">1-based line for CSV files (and for JSON syntax errors).</param>
/// <param name="Column">1-based column for CSV files (the field number), or the character column of a JSON syntax error.</param>
public sealed record SourceLocation(string? Pointer, int? Line, int? Column)
{
    /// <summary>The whole file.</summary>
    public static readonly SourceLocation File = new(string.Empty, null, null);

    /// <summary>A place in a JSON document.</summary>
    public static SourceLocation Json(string pointer) => new(pointer, null, null);

    /// <summary>A place in a CSV file.</summary>
    public static SourceLocation Csv(int line, int? column = null) => new(null, line, column);

    /// <inheritdoc />
    public override string ToString() => (this.Pointer, this.Line, this.Column) switch
    {
        (null, int line, int column) => $"line {line}, column {column}",
        (null, int line, null) => $"line {line}",
        ("", null, null) => "file",
        (string pointer, int line, _) => $"{pointer} (line {line})",
        (string pointer, _, _) => pointer,
        _ => "file",
    };
}
