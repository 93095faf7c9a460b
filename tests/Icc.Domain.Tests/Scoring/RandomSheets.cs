using CsCheck;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Tests.Scoring;

/// <summary>Generators of answer sheets that a validator would accept, for property tests.</summary>
internal static class RandomSheets
{
    public static readonly CityProfile City = new("Testville", "Nowhere", null, 2024, 150_000, 12.5m, null, [], null, null);

    /// <summary>Random valid sheets: random options, random numbers in range, optional questions sometimes skipped.</summary>
    public static Gen<AnswerSheet> For(Questionnaire questionnaire) =>
        Gen.Int[0, int.MaxValue].Array[questionnaire.Questions.Count].Select(seeds => Build(questionnaire, seeds));

    /// <summary>A sheet answering every question with its best answer.</summary>
    public static AnswerSheet AllAchieved(Questionnaire questionnaire) =>
        Sheet(questionnaire, questionnaire.Questions.Select(Best));

    /// <summary>A sheet answering every question with a 0-point answer.</summary>
    public static AnswerSheet NoneAchieved(Questionnaire questionnaire) =>
        Sheet(questionnaire, questionnaire.Questions.Select(Worst));

    /// <summary>The answer that earns a question's full points.</summary>
    public static Answer Best(Question question) => question.Type switch
    {
        AnswerType.YesNo or AnswerType.SingleChoice =>
            Answer.Choice(question.Id, "evidence", question.Options.MaxBy(o => o.Points)!.Id),
        AnswerType.MultipleChoice =>
            Answer.Choice(question.Id, "evidence", question.Options.Where(o => o.Points > 0).Select(o => o.Id).ToArray()),
        AnswerType.Number or AnswerType.Percentage => Answer.Numeric(question.Id, BestNumber(question)),
        _ => Answer.FreeText(question.Id, "text"),
    };

    public static AnswerSheet Replace(AnswerSheet sheet, Answer answer) => sheet with
    {
        Answers = sheet.Answers.Where(a => a.QuestionId != answer.QuestionId).Append(answer).ToList(),
    };

    private static Answer Worst(Question question) => question.Type switch
    {
        AnswerType.YesNo or AnswerType.SingleChoice =>
            Answer.Choice(question.Id, null, question.Options.MinBy(o => o.Points)!.Id),
        AnswerType.MultipleChoice => Answer.Choice(question.Id, null, "none"),
        AnswerType.Number or AnswerType.Percentage => Answer.Numeric(question.Id, question.Range!.Min),
        _ => Answer.FreeText(question.Id, "text"),
    };

    private static decimal BestNumber(Question question) =>
        question.Bands.Count == 0 ? question.Range!.Min : question.Bands.MaxBy(b => b.Points)!.Min;

    private static AnswerSheet Build(Questionnaire questionnaire, int[] seeds) =>
        Sheet(questionnaire, questionnaire.Questions.Select((q, i) => AnswerFor(q, seeds[i])).OfType<Answer>());

    private static Answer? AnswerFor(Question question, int seed)
    {
        if (!question.Mandatory && seed % 4 == 0)
        {
            return null;
        }

        switch (question.Type)
        {
            case AnswerType.YesNo or AnswerType.SingleChoice:
                return Answer.Choice(question.Id, "evidence", question.Options[seed % question.Options.Count].Id);
            case AnswerType.MultipleChoice:
                var chosen = question.Options
                    .Where((o, i) => o.Points > 0 && ((seed >> i) & 1) == 1)
                    .Select(o => o.Id)
                    .ToArray();
                return Answer.Choice(question.Id, "evidence", chosen.Length == 0 ? ["none"] : chosen);
            case AnswerType.Number or AnswerType.Percentage:
                var range = question.Range!;
                var span = (long)(range.Max - range.Min) + 1;
                return Answer.Numeric(question.Id, range.Min + (seed % span));
            default:
                return Answer.FreeText(question.Id, "text");
        }
    }

    private static AnswerSheet Sheet(Questionnaire questionnaire, IEnumerable<Answer> answers) =>
        new(questionnaire.Id, City, answers.ToList());
}
