using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Scoring;

/// <summary>
/// Scores an answer sheet. Pure arithmetic over the questionnaire's published points:
/// the rules are written out in docs/scoring.md.
/// </summary>
public static class Scorer
{
    /// <summary>Scores a validated sheet against its questionnaire.</summary>
    public static Scorecard Score(Questionnaire questionnaire, AnswerSheet sheet)
    {
        var optedIn = OptedInAreas(questionnaire, sheet);
        var questions = questionnaire.Questions
            .Where(q => q.IsScored)
            .Select(q => ScoreQuestion(q, sheet.Find(q.Id), optedIn.Contains(q.AreaId)))
            .ToList();

        var areas = questionnaire.Areas.Select(area => ScoreArea(questionnaire, area, questions)).ToList();
        var lensAreas = areas.Where(a => questionnaire.FindArea(a.Id)!.InLens).ToList();

        return new Scorecard(
            questionnaire.Id,
            sheet.City.Name,
            Index: Rounding.Truncate(WeightedMean(questionnaire, areas.Where(a => a.Rate is not null), a => a.Original)),
            ExtendedIndex: Rounding.Truncate(WeightedMean(questionnaire, areas, a => a.Extended)),
            Lens: Rounding.Truncate(WeightedMean(questionnaire, lensAreas, a => a.Original)),
            ExtendedLens: Rounding.Truncate(WeightedMean(questionnaire, lensAreas, a => a.Extended)),
            areas,
            questions);
    }

    // An area counts in full once the city takes part in it: it has a mandatory question, or the city
    // answered any of its questions. Only an optional chapter left wholly blank stays out of the rates,
    // so leaving a question blank never scores better than answering "no" (docs/scoring.md).
    private static HashSet<string> OptedInAreas(Questionnaire questionnaire, AnswerSheet sheet) =>
        questionnaire.Questions
            .Where(q => q.Mandatory || sheet.Find(q.Id) is not null)
            .Select(q => q.AreaId)
            .ToHashSet(StringComparer.Ordinal);

    private static QuestionScore ScoreQuestion(Question question, Answer? answer, bool areaTakenPart)
    {
        // A blank question of an area the city takes part in earns 0 of its points; a blank question
        // of an optional chapter left wholly blank is left out of the rates.
        var counted = answer is not null || areaTakenPart;
        var earned = answer is null ? 0 : AnswerPoints.Earned(question, answer);
        var achievement = counted ? AnswerPoints.Classify(earned, question.MaxPoints) : Achievement.NotAnswered;
        return new QuestionScore(
            question.Id,
            question.AreaId,
            earned,
            question.MaxPoints,
            achievement,
            InOriginal: counted && question.InOriginal,
            InExtended: counted && question.InExtended);
    }

    private static AreaScore ScoreArea(Questionnaire questionnaire, Area area, IReadOnlyList<QuestionScore> questions)
    {
        var inArea = questions.Where(q => q.AreaId == area.Id).ToList();
        var original = Sum(inArea.Where(q => q.InOriginal));
        var extended = Sum(inArea.Where(q => q.InExtended));
        var definition = questionnaire.QuestionsOf(area.Id).Where(q => q.IsScored).ToList();
        var differs = area.Since == IndexScope.Both && definition.Any(q => q.InOriginal != q.InExtended);
        return new AreaScore(
            area.Id,
            area.Name,
            area.Since == IndexScope.Both ? Rounding.Truncate(original.ExactRate) : null,
            Rounding.Truncate(extended.ExactRate),
            differs,
            original,
            extended);
    }

    private static Points Sum(IEnumerable<QuestionScore> questions)
    {
        var list = questions.ToList();
        var earned = list.Sum(q => q.Earned);
        var possible = list.Sum(q => q.Possible);
        return new Points(earned, possible, possible == 0 ? null : 100m * earned / possible);
    }

    // The index and the lens average the areas' unrounded rates, weighted by each area's weight;
    // areas without a rate (nothing answered) are left out.
    private static decimal? WeightedMean(Questionnaire questionnaire, IEnumerable<AreaScore> areas, Func<AreaScore, Points> points)
    {
        var rated = areas
            .Select(a => (Weight: questionnaire.FindArea(a.Id)!.Weight, Rate: points(a).ExactRate))
            .Where(x => x.Rate is not null)
            .ToList();
        var totalWeight = rated.Sum(x => x.Weight);
        return totalWeight == 0 ? null : rated.Sum(x => x.Weight * x.Rate!.Value) / totalWeight;
    }
}
