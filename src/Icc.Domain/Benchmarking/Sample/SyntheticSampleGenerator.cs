using Icc.Domain.Questionnaires;

namespace Icc.Domain.Benchmarking.Sample;

/// <summary>
/// Generates the synthetic cities of the default sample: profiles spread over the bands, then answers
/// drawn around each area's published sample rate and tuned one answer at a time until every sample
/// mean and every rank statement of the published report holds. Scores always come from scoring the
/// answers. Deterministic: the same seed gives the same cities.
/// </summary>
public static class SyntheticSampleGenerator
{
    private const int MaxSteps = 200_000;

    /// <summary>The generated cities that, with <paramref name="reference"/>, form a sample like the published one.</summary>
    /// <exception cref="InvalidOperationException">The tuning did not converge (a questionnaire change can cause it).</exception>
    public static IReadOnlyList<SampleCity> Generate(Questionnaire questionnaire, SampleCity reference, int seed)
    {
        var random = new Random(seed);
        var entry = reference.Entry;
        var count = PublishedSample.Cities - 1;
        var profiles = SyntheticProfiles.Create(
            random,
            count,
            small: PublishedSample.UnderHalfMillion - (entry.Population < 500_000 ? 1 : 0),
            diverse: PublishedSample.OverTenPercentForeignBorn - (entry.ForeignBornShare > 10 ? 1 : 0),
            reference.Sheet.City.Year);
        var answeringNew = PublishedSample.AnsweredNewIndicators - (entry.AnsweredNewIndicators ? 1 : 0);
        var cities = profiles
            .Select((profile, i) => new SyntheticCity(
                SyntheticProfiles.CityId(i + 1),
                profile,
                answersNewIndicators: NewIndicatorSlot(i, count, answeringNew),
                questionnaire,
                InitialChoices(questionnaire, NewIndicatorSlot(i, count, answeringNew), random)))
            .ToList();
        var tuning = new SampleTuning(questionnaire, entry, cities, random);
        if (!tuning.Run(MaxSteps))
        {
            throw new InvalidOperationException($"The synthetic sample did not reach the published figures: {tuning.Describe()}");
        }

        return [.. cities.Select(c => c.ToSampleCity())];
    }

    // Spreads the cities that answer the new indicators evenly through the list, hence over the bands.
    private static bool NewIndicatorSlot(int index, int count, int answering) => (index * answering / count) != ((index + 1) * answering / count);

    private static Dictionary<string, string[]> InitialChoices(Questionnaire questionnaire, bool answersNew, Random random)
    {
        var choices = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var area in questionnaire.Areas)
        {
            var strength = Math.Clamp(StartingRate(area.Id) / 100.0 + ((random.NextDouble() - 0.5) * 0.6), 0.02, 1);
            foreach (var question in questionnaire.QuestionsOf(area.Id).Where(q => q.IsChoice && (q.Mandatory || (answersNew && Figures.NewIndicatorAreas.Contains(area.Id)))))
            {
                choices[question.Id] = ChoiceMoves.Initial(question, strength, random);
            }
        }

        return choices;
    }

    private static double StartingRate(string areaId) =>
        PublishedSample.Rates.TryGetValue(areaId, out var rate) ? rate : PublishedSample.ExtendedRates.GetValueOrDefault(areaId, 60);
}
