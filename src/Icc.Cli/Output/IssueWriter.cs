using System.Text.Json;
using Icc.Domain.Json;
using Icc.Domain.Validation;

namespace Icc.Cli.Output;

/// <summary>Prints validation issues as lines or as one JSON object.</summary>
internal static class IssueWriter
{
    public static void Write(string file, ValidationOutcome outcome, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(
                new
                {
                    file,
                    valid = outcome.IsValid,
                    errors = outcome.Errors.Select(Shape),
                    warnings = outcome.Warnings.Select(Shape),
                },
                IccJson.Indented));
            return;
        }

        foreach (var issue in outcome.Issues)
        {
            var severity = issue.Severity == Severity.Error ? "error" : "warning";
            output.WriteLine($"{severity} {issue.QuestionId ?? "-"} {issue.Location}: {issue.Message} [{issue.Code}]");
        }

        var errors = outcome.Errors.Count();
        var warnings = outcome.Warnings.Count();
        output.WriteLine(errors == 0
            ? $"{file}: valid ({warnings} warning(s))."
            : $"{file}: {errors} error(s), {warnings} warning(s). Fix the errors and validate again.");
    }

    private static object Shape(ValidationIssue issue) => new
    {
        issue.Code,
        issue.Severity,
        issue.QuestionId,
        // The same structured place the HTTP API gives ({pointer} or {line, column}), and the same place in words.
        issue.Location,
        where = issue.Location.ToString(),
        issue.Message,
    };
}
