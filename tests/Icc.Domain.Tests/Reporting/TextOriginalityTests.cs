using Icc.Domain.Reporting.Narrative;
using Icc.Domain.Reporting.Practices;

namespace Icc.Domain.Tests.Reporting;

public sealed class TextOriginalityTests
{
    // Regenerates the committed hash set from the reference text (run once after the reference changes).
    private const string WriteVariable = "ICC_WRITE_REFERENCE_HASHES";

    private static IEnumerable<(string Where, string Text)> OurTexts()
    {
        foreach (var p in GoodPracticeCatalog.Default.All)
        {
            yield return ($"practice {p.Id} title", p.Title);
            yield return ($"practice {p.Id} summary", p.Summary);
        }

        var narrative = ReportNarrative.Default;
        var intro = narrative.Introduction;
        foreach (var (part, paragraphs) in new[] { ("intercultural city", intro.InterculturalCity), ("methodology", intro.Methodology), ("reading the charts", intro.ReadingTheCharts) })
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                yield return ($"introduction, {part} {i + 1}", paragraphs[i]);
            }
        }

        foreach (var area in narrative.Areas)
        {
            yield return ($"area {area.AreaId} why it matters", area.WhyItMatters);
            yield return ($"area {area.AreaId} recommendation lead", area.RecommendationLead);
        }
    }

    [Fact]
    public void OurTexts_ComparedWithTheHashedAsanReport_ShareNoRunOfEightWords()
    {
        // Works on a clean clone: every practice summary and narrative text against the committed hashes of the report.
        var reference = AsanReference.ReadHashes().ToHashSet();
        var copied = OurTexts()
            .SelectMany(t => EightGrams.Of(t.Text).Where(g => reference.Contains(EightGrams.Hash(g))).Select(g => $"{t.Where}: \"{g}\""))
            .ToList();
        Assert.True(copied.Count == 0, "Runs of eight words found in the Asan report:\n" + string.Join("\n", copied));
    }

    [Fact]
    public void OurTexts_ComparedWithTheAsanReportText_ShareNoRunOfEightWords()
    {
        // Where the published report is on the machine, compare with its text itself too (no hashing involved).
        var path = AsanReference.TextPath;
        if (path is null)
        {
            // Clean clone: the hashed comparison above carries the check; make sure it has something to compare with.
            Assert.True(AsanReference.ReadHashes().Length > 10_000);
            return;
        }

        var reference = EightGrams.Of(File.ReadAllText(path)).ToHashSet(StringComparer.Ordinal);
        var copied = OurTexts()
            .SelectMany(t => EightGrams.Of(t.Text).Where(reference.Contains).Select(g => $"{t.Where}: \"{g}\""))
            .ToList();
        Assert.True(copied.Count == 0, "Runs of eight words found in the Asan report:\n" + string.Join("\n", copied));
    }

    [Fact]
    public void CommittedHashes_ReferencePresent_MatchTheReference()
    {
        // The committed hash set is exactly the report's, sorted and distinct; set ICC_WRITE_REFERENCE_HASHES=1 to rewrite it.
        var path = AsanReference.TextPath;
        if (path is not null && Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllBytes(AsanReference.HashFile, AsanReference.Serialize(EightGrams.Hashes(File.ReadAllText(path))));
        }

        var committed = AsanReference.ReadHashes();
        Assert.Equal(committed.Distinct().Order(), committed);
        if (path is not null)
        {
            Assert.Equal(EightGrams.Hashes(File.ReadAllText(path)), committed);
        }
    }

    [Fact]
    public void EightGrams_CopyWithOtherCaseAndPunctuation_IsCaught()
    {
        // Changing case, punctuation or line breaks does not hide a copied run of eight words.
        var reference = EightGrams.Hashes("One two three four five six seven eight nine ten.").ToHashSet();
        var copied = EightGrams.Of("Before: TWO, three four\nfive six (seven) eight nine!").Where(g => reference.Contains(EightGrams.Hash(g)));
        Assert.Equal(["two three four five six seven eight nine"], copied);
    }

    [Fact]
    public void EightGrams_SevenSharedWords_AreNotACopy()
    {
        // Names and stock phrases shorter than eight words are allowed.
        var reference = EightGrams.Hashes("One two three four five six seven eight nine ten.").ToHashSet();
        Assert.DoesNotContain(EightGrams.Of("zero one two three four five six seven stop"), g => reference.Contains(EightGrams.Hash(g)));
    }
}
