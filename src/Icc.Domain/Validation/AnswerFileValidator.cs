using Icc.Domain.Answers;
using Icc.Domain.Answers.Reading;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Validation;

/// <summary>
/// Validates an uploaded answer file: reads it, checks it against its questionnaire, and reports every
/// problem at once, each with a code, a place and a way to fix it. Never throws for any input.
/// </summary>
public static class AnswerFileValidator
{
    /// <summary>Validates the bytes of a JSON or CSV answer file.</summary>
    public static ValidationOutcome Validate(ReadOnlyMemory<byte> content, AnswerFileFormat format, QuestionnaireCatalog catalog)
    {
        if (content.Length > AnswerFileLimits.MaxFileBytes)
        {
            return Rejected(Issues.Error(IssueCodes.FileTooLarge, SourceLocation.File,
                $"The file has {content.Length:N0} bytes; the limit is {AnswerFileLimits.MaxFileBytes:N0} (2 MiB). Shorten the evidence texts or link to documents instead."));
        }

        var (text, notText) = TextDecoding.Decode(content.Span);
        if (notText is not null)
        {
            return Rejected(notText);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Rejected(Issues.Error(IssueCodes.FileEmpty, SourceLocation.File,
                "The file is empty. Send the answer file itself (see docs/answer-files.md for the format)."));
        }

        var raw = format == AnswerFileFormat.Json ? JsonAnswerFileReader.Read(text) : CsvAnswerFileReader.Read(text);
        return Check(raw, format, catalog);
    }

    private static ValidationOutcome Check(RawAnswerFile raw, AnswerFileFormat format, QuestionnaireCatalog catalog)
    {
        var issues = new List<ValidationIssue>(raw.Issues);
        if (issues.Any(i => i.Code is IssueCodes.JsonSyntax or IssueCodes.JsonTooDeep or IssueCodes.JsonInvalidText or IssueCodes.CsvSyntax or IssueCodes.CsvHeader)
            || (format == AnswerFileFormat.Json && issues.Any(i => i.Code == IssueCodes.JsonStructure && i.Location.Pointer == "")))
        {
            return new ValidationOutcome(issues, null);
        }

        var questionnaire = FindQuestionnaire(raw, format, catalog, issues);
        var profileLocation = format == AnswerFileFormat.Json ? SourceLocation.Json("/city") : SourceLocation.File;
        var profile = ProfileValidator.Validate((questionnaire ?? catalog.Current).Profile, raw, profileLocation, issues);
        var answers = questionnaire is null ? [] : AnswerChecks.Check(questionnaire, raw, format, issues);

        var valid = questionnaire is not null && profile is not null && !issues.Any(i => i.Severity == Severity.Error);
        return new ValidationOutcome(Capped(issues), valid ? new AnswerSheet(questionnaire!.Id, profile!, answers) : null);
    }

    private static Questionnaire? FindQuestionnaire(RawAnswerFile raw, AnswerFileFormat format, QuestionnaireCatalog catalog, List<ValidationIssue> issues)
    {
        var known = string.Join(", ", catalog.Ids);
        var field = raw.Questionnaire;
        if (field is null || field.Value.IsEmpty)
        {
            var where = format == AnswerFileFormat.Json ? SourceLocation.Json("/questionnaire") : SourceLocation.File;
            var how = format == AnswerFileFormat.Json ? "\"questionnaire\": \"" + catalog.Current.Id + "\"" : "a row questionnaire," + catalog.Current.Id;
            issues.Add(Issues.Error(IssueCodes.QuestionnaireMissing, where,
                $"The file does not say which questionnaire it answers. Add {how}. Known questionnaires: {known}."));
            return null;
        }

        var id = field.Value.Kind == RawKind.String ? field.Value.Text!.Trim() : null;
        var questionnaire = id is null ? null : catalog.Find(id) ?? catalog.Find(id.ToLowerInvariant());
        if (questionnaire is null)
        {
            issues.Add(Issues.Error(IssueCodes.QuestionnaireUnknown, field.Location,
                $"{field.Value.Describe()} is not a known questionnaire. Use one of: {known}."));
        }

        return questionnaire;
    }

    private static ValidationOutcome Rejected(ValidationIssue issue) => new([issue], null);

    // A hostile 2 MiB file can hold hundreds of thousands of problems: list the first ones and count the rest,
    // keeping an error among them whenever any left-out issue is an error.
    private static IReadOnlyList<ValidationIssue> Capped(List<ValidationIssue> issues)
    {
        if (issues.Count <= AnswerFileLimits.MaxIssues)
        {
            return issues;
        }

        var rest = issues.Skip(AnswerFileLimits.MaxIssues).ToList();
        var severity = rest.Any(i => i.Severity == Severity.Error) ? Severity.Error : Severity.Warning;
        return
        [
            .. issues.Take(AnswerFileLimits.MaxIssues),
            new ValidationIssue(IssueCodes.TooManyIssues, severity, null, SourceLocation.File,
                $"{rest.Count:N0} more issues are not listed. Fix the ones above and validate again."),
        ];
    }
}
