using Icc.Domain.Validation;

namespace Icc.Domain.Answers.Reading;

/// <summary>
/// An answer file as read, before any check against the questionnaire: every value keeps its place in
/// the file so validation can say exactly where a problem is. Both readers produce this shape.
/// </summary>
/// <param name="Questionnaire">The questionnaire id as written, or null when absent.</param>
/// <param name="Profile">The city profile fields, in file order.</param>
/// <param name="Groups">The main population groups.</param>
/// <param name="Answers">The answer entries, in file order.</param>
/// <param name="Issues">Problems found while reading (syntax, structure, unknown fields).</param>
internal sealed record RawAnswerFile(
    RawField? Questionnaire,
    IReadOnlyList<RawField> Profile,
    IReadOnlyList<RawGroup> Groups,
    IReadOnlyList<RawAnswer> Answers,
    IReadOnlyList<ValidationIssue> Issues);

/// <summary>A named value and where it stands.</summary>
internal sealed record RawField(string Name, RawValue Value, SourceLocation Location);

/// <summary>A main population group as written.</summary>
internal sealed record RawGroup(RawValue Name, RawValue Count, RawValue Share, SourceLocation Location);

/// <summary>One answer entry as written.</summary>
/// <param name="QuestionId">The question id as written (trimmed), or null when absent.</param>
/// <param name="Answer">The answer value.</param>
/// <param name="Evidence">The evidence value.</param>
/// <param name="Location">Where the entry starts.</param>
/// <param name="AnswerLocation">Where the answer value is.</param>
/// <param name="EvidenceLocation">Where the evidence is.</param>
internal sealed record RawAnswer(
    string? QuestionId,
    RawValue Answer,
    RawValue Evidence,
    SourceLocation Location,
    SourceLocation AnswerLocation,
    SourceLocation EvidenceLocation);

/// <summary>What kind of value a file held.</summary>
internal enum RawKind
{
    Missing,
    Null,
    String,
    Number,
    Boolean,
    StringList,
    Other,
}

/// <summary>A value as written: JSON keeps its type, CSV gives strings.</summary>
internal sealed record RawValue(RawKind Kind, string? Text = null, decimal? Number = null, bool? Boolean = null, IReadOnlyList<string>? Items = null)
{
    public static readonly RawValue Missing = new(RawKind.Missing);
    public static readonly RawValue Null = new(RawKind.Null);
    public static readonly RawValue Other = new(RawKind.Other);

    public static RawValue Of(string text) => new(RawKind.String, Text: text);

    /// <summary>True when nothing usable was written (absent, null, or blank text).</summary>
    public bool IsEmpty => this.Kind is RawKind.Missing or RawKind.Null ||
        (this.Kind == RawKind.String && string.IsNullOrWhiteSpace(this.Text));

    /// <summary>How the value is described in messages.</summary>
    public string Describe() => this.Kind switch
    {
        RawKind.String => $"the text \"{EchoText.Safe(this.Text!)}\"",
        RawKind.Number => $"the number {EchoText.Safe(this.Text ?? string.Empty)}",
        RawKind.Boolean => this.Boolean == true ? "true" : "false",
        RawKind.StringList => $"a list of {this.Items!.Count} item(s)",
        RawKind.Null => "null",
        RawKind.Missing => "nothing",
        _ => "an object or nested list",
    };
}
