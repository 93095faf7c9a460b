using System.Globalization;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Reporting.Building;

/// <summary>An answer as the report prints it: option labels, the number, or the text.</summary>
public static class AnswerText
{
    /// <summary>The printed answer; "not answered" for a blank.</summary>
    public static string Of(Question question, Answer? answer) => answer switch
    {
        null => "not answered",
        { Options.Count: > 0 } => string.Join("; ", answer.Options.Select(id => question.FindOption(id)?.Label ?? id)),
        { Number: decimal number } => number.ToString("0.##", CultureInfo.InvariantCulture) + (question.Type == AnswerType.Percentage ? " %" : string.Empty),
        { Text: { Length: > 0 } text } => text,
        _ => "not answered",
    };

    /// <summary>Points as printed: whole numbers without decimals, otherwise up to two.</summary>
    public static string Points(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
