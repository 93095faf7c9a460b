using System.Globalization;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;

namespace Icc.Domain.Benchmarking.Sample;

/// <summary>
/// Tunes generated cities' answers until the sample means fall in their windows and the reference city's
/// rank statements hold. Each step changes one answer of one city in the direction the worst miss asks
/// for, and keeps the change only when the total miss shrinks.
/// </summary>
internal sealed class SampleTuning(Questionnaire questionnaire, BenchmarkEntry reference, IReadOnlyList<SyntheticCity> cities, Random random)
{
    // A rank statement broken weighs like a mean five points off: fix those first.
    private const decimal RuleWeight = 5;

    private readonly IReadOnlyList<SampleTarget> targets = SampleTarget.Published([.. questionnaire.LensAreas.Select(a => a.Id)]);

    /// <summary>Runs up to <paramref name="maxSteps"/> steps; true when everything holds.</summary>
    public bool Run(int maxSteps)
    {
        var miss = this.TotalMiss();
        for (var step = 0; step < maxSteps && miss > 0; step++)
        {
            if (this.Propose() is not var (city, question, options))
            {
                continue;
            }

            var previous = city.Set(question.Id, options);
            var next = this.TotalMiss();
            if (next < miss)
            {
                miss = next;
            }
            else
            {
                city.Set(question.Id, previous);
            }
        }

        return miss == 0;
    }

    /// <summary>What still misses, for the error message.</summary>
    public string Describe() => string.Join("; ", [
        .. this.targets.Where(t => t.Miss(this.Mean(t)) > 0).Select(t => $"{t.Figure} mean {this.Mean(t).ToString("0.00", CultureInfo.InvariantCulture)} outside [{t.Low}, {t.High}]"),
        .. PublishedSample.Positions.Where(r => r.Violations(this.Printed(r)) > 0).Select(r => $"not {r.Statement}"),
    ]);

    private decimal TotalMiss() =>
        this.targets.Sum(t => t.Miss(this.Mean(t))) + (RuleWeight * PublishedSample.Positions.Sum(r => r.Violations(this.Printed(r))));

    private (SyntheticCity City, Question Question, string[] Options)? Propose()
    {
        var rule = PublishedSample.Positions.FirstOrDefault(r => r.Violations(this.Printed(r)) > 0);
        if (rule is not null && random.Next(2) == 0)
        {
            var members = this.Members(rule.NewIndicatorGroup).Where(c => c.Figures.ContainsKey(rule.Figure)).ToList();
            var (index, raise) = rule.Suggest([.. members.Select(c => Rounding.Truncate(c.Figures[rule.Figure]))], random)!.Value;
            return this.Move(members[index], AreaOf(rule.Figure), rule.Figure.StartsWith("extended", StringComparison.Ordinal), raise);
        }

        var missing = this.targets.Where(t => t.Miss(this.Mean(t)) > 0).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var target = missing[random.Next(missing.Count)];
        var group = this.Members(target.NewIndicatorGroup).ToList();
        var city = group[random.Next(group.Count)];
        var area = target.Areas[random.Next(target.Areas.Count)];
        return this.Move(city, area, target.Extended, raise: this.Mean(target) < target.Low);
    }

    private (SyntheticCity, Question, string[])? Move(SyntheticCity city, string areaId, bool extended, bool raise)
    {
        var questions = questionnaire.QuestionsOf(areaId)
            .Where(q => city.Choices.ContainsKey(q.Id) && (extended ? q.InExtended : q.InOriginal))
            .ToList();
        if (questions.Count == 0)
        {
            return null;
        }

        var question = questions[random.Next(questions.Count)];
        var current = city.Choices[question.Id];
        var options = raise ? ChoiceMoves.Raise(question, current, random) : ChoiceMoves.Lower(question, current, random);
        return options is null ? null : (city, question, options);
    }

    private IEnumerable<SyntheticCity> Members(bool newIndicatorGroup) =>
        newIndicatorGroup ? cities.Where(c => c.AnswersNewIndicators) : cities;

    private decimal Mean(SampleTarget target)
    {
        var values = this.Members(target.NewIndicatorGroup)
            .Select(c => c.Figures.GetValueOrDefault(target.Figure, 0))
            .Append(reference.Figures.GetValueOrDefault(target.Figure, 0))
            .ToList();
        return values.Average();
    }

    private List<int> Printed(PositionRule rule) =>
        [.. this.Members(rule.NewIndicatorGroup).Where(c => c.Figures.ContainsKey(rule.Figure)).Select(c => Rounding.Truncate(c.Figures[rule.Figure]))];

    private static string AreaOf(string figure) => figure[(figure.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
