using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;

namespace Icc.Domain.Benchmarking.Sample;

/// <summary>
/// Answers to choice questions for generated cities: a first answer at a given strength, and single
/// steps up or down in points. Every answer produced is one a city could send (valid options only).
/// </summary>
internal static class ChoiceMoves
{
    /// <summary>An answer earning roughly <paramref name="strength"/> (0..1) of the question's points.</summary>
    public static string[] Initial(Question question, double strength, Random random)
    {
        if (question.Type == AnswerType.MultipleChoice)
        {
            var chosen = Positive(question).Where(_ => random.NextDouble() < strength).Select(o => o.Id).ToArray();
            return chosen.Length > 0 ? chosen : None(question);
        }

        var wanted = (decimal)Math.Clamp(strength + ((random.NextDouble() - 0.5) * 0.5), 0, 1) * question.MaxPoints;
        return [question.Options.MinBy(o => Math.Abs(o.Points - wanted))!.Id];
    }

    /// <summary>An answer worth more points than <paramref name="current"/>, or null when it is already at the top.</summary>
    public static string[]? Raise(Question question, string[] current, Random random)
    {
        var earned = Earned(question, current);
        if (question.Type == AnswerType.MultipleChoice)
        {
            var candidates = Positive(question).Where(o => !current.Contains(o.Id))
                .Select(o => current.Where(id => id != DefinitionRules.NoneOptionId).Append(o.Id).ToArray())
                .Where(next => Earned(question, next) > earned)
                .ToList();
            return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
        }

        var higher = question.Options.Where(o => o.Points > earned).OrderBy(o => o.Points).FirstOrDefault();
        return higher is null ? null : [higher.Id];
    }

    /// <summary>An answer worth fewer points than <paramref name="current"/>, or null when it earns nothing already.</summary>
    public static string[]? Lower(Question question, string[] current, Random random)
    {
        var earned = Earned(question, current);
        if (question.Type == AnswerType.MultipleChoice)
        {
            var candidates = current.Where(id => id != DefinitionRules.NoneOptionId)
                .Select(id => current.Where(other => other != id).ToArray())
                .Select(next => next.Length == 0 ? None(question) : next)
                .Where(next => Earned(question, next) < earned)
                .ToList();
            return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
        }

        var lower = question.Options.Where(o => o.Points < earned).OrderByDescending(o => o.Points).FirstOrDefault();
        return lower is null ? null : [lower.Id];
    }

    /// <summary>Points the options earn.</summary>
    public static decimal Earned(Question question, string[] options) =>
        AnswerPoints.Earned(question, Answers.Answer.Choice(question.Id, null, options));

    private static IEnumerable<AnswerOption> Positive(Question question) => question.Options.Where(o => o.Points > 0);

    private static string[] None(Question question) =>
        [question.FindOption(DefinitionRules.NoneOptionId)?.Id ?? question.Options.MinBy(o => o.Points)!.Id];
}
