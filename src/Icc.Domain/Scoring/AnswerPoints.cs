using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Scoring;

/// <summary>Points one answer earns under the question's published rule.</summary>
public static class AnswerPoints
{
    /// <summary>
    /// Points for an answer: the option's points (single choice), the sum of the chosen options' points
    /// up to the cap (multiple choice), the band's points (scored numbers), 0 otherwise.
    /// </summary>
    public static decimal Earned(Question question, Answer answer) => question.Type switch
    {
        AnswerType.YesNo or AnswerType.SingleChoice =>
            answer.Options.Count == 0 ? 0 : question.FindOption(answer.Options[0])?.Points ?? 0,
        AnswerType.MultipleChoice => Math.Min(
            question.MaxPoints,
            answer.Options.Distinct().Sum(id => question.FindOption(id)?.Points ?? 0)),
        AnswerType.Number or AnswerType.Percentage when answer.Number is decimal value =>
            question.Bands.FirstOrDefault(b => b.Contains(value))?.Points ?? 0,
        _ => 0,
    };

    /// <summary>Achieved, partly or not achieved, from the points earned.</summary>
    public static Achievement Classify(decimal earned, decimal possible) =>
        earned >= possible ? Achievement.Achieved : earned > 0 ? Achievement.Partly : Achievement.NotAchieved;
}
