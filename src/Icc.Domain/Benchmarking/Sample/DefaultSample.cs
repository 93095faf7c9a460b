using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;
using Icc.Domain.Validation;

namespace Icc.Domain.Benchmarking.Sample;

/// <summary>
/// The benchmark sample a fresh installation starts with: Asan City's published 2024 answers (the one
/// real, published case) and 128 synthetic cities generated to match the published sample figures.
/// </summary>
public static class DefaultSample
{
    /// <summary>The generator's fixed seed.</summary>
    public const int Seed = 20241201;

    /// <summary>The id the reference city is stored under.</summary>
    public const string ReferenceCityId = "asan";

    /// <summary>The snapshot version of the embedded sample.</summary>
    public const string Version = "embedded-2024-12";

    private const string ReferenceResource = "Icc.Domain.Benchmarking.Sample.asan-2024.json";

    private static readonly Lazy<IReadOnlyList<SampleCity>> Embedded = new(Build);

    /// <summary>When the published sample was taken (the report's "December 2024").</summary>
    public static DateTimeOffset Date { get; } = new(2024, 12, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The reference city first, then the synthetic cities.</summary>
    public static IReadOnlyList<SampleCity> Cities => Embedded.Value;

    /// <summary>The reference city: Asan's published answers, scored.</summary>
    public static SampleCity Reference(Questionnaire questionnaire)
    {
        using var stream = typeof(DefaultSample).Assembly.GetManifestResourceStream(ReferenceResource)
            ?? throw new InvalidOperationException($"Embedded resource {ReferenceResource} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var outcome = AnswerFileValidator.Validate(buffer.ToArray(), AnswerFileFormat.Json, QuestionnaireCatalog.Default);
        var sheet = outcome.Sheet ?? throw new InvalidOperationException(
            $"The embedded reference answers are invalid: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
        return new SampleCity(ReferenceCityId, sheet, Scorer.Score(questionnaire, sheet), Synthetic: false);
    }

    private static IReadOnlyList<SampleCity> Build()
    {
        var questionnaire = QuestionnaireCatalog.Default.Find("icc-2019")!;
        var reference = Reference(questionnaire);
        return [reference, .. SyntheticSampleGenerator.Generate(questionnaire, reference, Seed)];
    }
}
