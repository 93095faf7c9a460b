namespace Icc.Domain.Validation;

/// <summary>
/// The stable codes of validation issues. Clients may rely on them; never rename one.
/// docs/answer-files.md explains how issues are reported.
/// </summary>
public static class IssueCodes
{
    // The file as a whole.
    public const string FileEmpty = "file-empty";
    public const string FileTooLarge = "file-too-large";
    public const string FileNotText = "file-not-text";
    public const string FileFormatUnknown = "file-format-unknown";

    // JSON structure.
    public const string JsonSyntax = "json-syntax";
    public const string JsonTooDeep = "json-too-deep";
    public const string JsonStructure = "json-structure";
    public const string JsonInvalidText = "json-invalid-text";
    public const string JsonDuplicateKey = "json-duplicate-key";

    // CSV structure.
    public const string CsvSyntax = "csv-syntax";
    public const string CsvHeader = "csv-header";

    // Questionnaire.
    public const string QuestionnaireMissing = "questionnaire-missing";
    public const string QuestionnaireUnknown = "questionnaire-unknown";

    // City profile.
    public const string ProfileMissing = "profile-missing";
    public const string ProfileInvalid = "profile-invalid";

    // Answers.
    public const string UnknownQuestion = "answer-unknown-question";
    public const string InvalidQuestionId = "answer-invalid-question-id";
    public const string DuplicateAnswer = "answer-duplicate";
    public const string InvalidOption = "answer-invalid-option";
    public const string WrongType = "answer-wrong-type";
    public const string OutOfRange = "answer-out-of-range";
    public const string MissingMandatory = "answer-missing-mandatory";
    public const string TooManyAnswers = "answers-too-many";

    // Any text field.
    public const string FieldTooLong = "field-too-long";
    public const string ControlCharacters = "field-control-characters";

    // More issues than are listed.
    public const string TooManyIssues = "issues-too-many";

    // Warnings.
    public const string MissingOptional = "answer-missing-optional";
    public const string EvidenceMissing = "evidence-missing";
    public const string UnknownField = "field-unknown";
}
