using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Scoring;

namespace Icc.Domain.Reporting.Sections;

/// <summary>An area's scored questions split by what the city achieved, for the practice and suggestion texts.</summary>
/// <param name="Achieved">Questions earning full points.</param>
/// <param name="Partly">Questions earning some points.</param>
/// <param name="Missed">Questions earning none.</param>
internal sealed record AreaItems(IReadOnlyList<Question> Achieved, IReadOnlyList<Question> Partly, IReadOnlyList<Question> Missed)
{
    /// <summary>Questions not fully achieved (partly or missed), the ones suggestions address.</summary>
    public IEnumerable<Question> Open => this.Partly.Concat(this.Missed);

    /// <summary>The items of one area (every answered scored question, in questionnaire order).</summary>
    public static AreaItems Of(ReportInputs inputs, string areaId)
    {
        var scores = inputs.Card.Questions.Where(q => q.AreaId == areaId && q.Achievement != Achievement.NotAnswered).ToList();
        List<Question> With(Achievement achievement) =>
            [.. scores.Where(s => s.Achievement == achievement).Select(s => inputs.Questionnaire.FindQuestion(s.QuestionId)!)];
        return new AreaItems(With(Achievement.Achieved), With(Achievement.Partly), With(Achievement.NotAchieved));
    }
}
