namespace Icc.Domain.Answers;

/// <summary>
/// A city's validated answers to one questionnaire version: what scoring and the report work from.
/// Built only by the validator, so every question id and option id in it is known to the questionnaire.
/// </summary>
/// <param name="QuestionnaireId">The questionnaire version answered, e.g. <c>icc-2019</c>.</param>
/// <param name="City">The city profile (the facts about the city).</param>
/// <param name="Answers">One entry per answered question, in file order.</param>
public sealed record AnswerSheet(string QuestionnaireId, CityProfile City, IReadOnlyList<Answer> Answers)
{
    /// <summary>The answer to a question, or null when the sheet does not answer it.</summary>
    public Answer? Find(string questionId) => this.Answers.FirstOrDefault(a => a.QuestionId == questionId);
}

/// <summary>
/// One answer. Exactly one of <see cref="Options"/> (choice questions), <see cref="Number"/>
/// (numbers and percentages) or <see cref="Text"/> (text questions) carries the value.
/// </summary>
/// <param name="QuestionId">The question answered.</param>
/// <param name="Options">Chosen option ids: one for yes/no and single choice, any number for multiple choice.</param>
/// <param name="Number">The value of a number or percentage question.</param>
/// <param name="Text">The value of a text question.</param>
/// <param name="Evidence">The city's own account of what it does, quoted by the report.</param>
public sealed record Answer(
    string QuestionId,
    IReadOnlyList<string> Options,
    decimal? Number,
    string? Text,
    string? Evidence)
{
    /// <summary>An answer choosing the given options.</summary>
    public static Answer Choice(string questionId, string? evidence, params string[] options) =>
        new(questionId, options, null, null, evidence);

    /// <summary>An answer giving a number or percentage.</summary>
    public static Answer Numeric(string questionId, decimal value, string? evidence = null) =>
        new(questionId, [], value, null, evidence);

    /// <summary>An answer giving free text.</summary>
    public static Answer FreeText(string questionId, string text, string? evidence = null) =>
        new(questionId, [], null, text, evidence);
}
