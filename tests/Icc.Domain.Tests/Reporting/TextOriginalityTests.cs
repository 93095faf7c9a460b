namespace Icc.Domain.Tests.Reporting;

public sealed class TextOriginalityTests
{
    // Regenerates the committed hash set from the reference text (run once after the reference changes).
    private const string WriteVariable = "ICC_WRITE_REFERENCE_HASHES";

    private static readonly Lazy<HashSet<ulong>> ReferenceHashes = new(() => AsanReference.ReadHashes().ToHashSet());

    public static TheoryData<string> ShippedFiles => new(ShippedTexts.Files);

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void OurTexts_ComparedWithTheHashedAsanReport_ShareNoRunOfEightWords(string file)
    {
        // Works on a clean clone: every text of the file against the committed hashes of the report.
        var reference = ReferenceHashes.Value;
        AssertNoCopiedRun(file, g => reference.Contains(EightGrams.Hash(g)));
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void OurTexts_ComparedWithTheAsanReportText_ShareNoRunOfEightWords(string file)
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
        AssertNoCopiedRun(file, reference.Contains);
    }

    [Fact]
    public void ShippedFiles_Listed_CoverEveryKindOfText()
    {
        // The files are found by folder: make sure the search still finds each kind, so none drops out unnoticed.
        string[] expected =
        [
            ShippedTexts.PracticesFile, ShippedTexts.NarrativeFile, "src/Icc.Domain/Questionnaires/icc-2019.json",
            "samples/asan-2024.json", "samples/asan-2024.csv", "schemas/answer-file.schema.json",
            "README.md", "docs/scoring.md", "docs/answer-files.md", "src/Icc.Domain/Reporting/README.md",
        ];
        Assert.All(expected, f => Assert.Contains(f, ShippedTexts.Files));
        Assert.DoesNotContain(ShippedTexts.Files, f => f.Contains("/bin/", StringComparison.Ordinal) || f.Contains("/obj/", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedTexts_Questionnaire_NameEachItem()
    {
        // A copied run must be traceable to the question, option or area it sits in.
        var items = ShippedTexts.Of("src/Icc.Domain/Questionnaires/icc-2019.json").Select(t => t.Item).ToList();
        Assert.Contains("question PSP-01 text", items);
        Assert.Contains("question ADS-02 achieved", items);
        Assert.Contains("question ADS-02 notAchieved", items);
        Assert.Contains("question LNG-03 option print label", items);
        Assert.Contains("area commitment purpose", items);
    }

    [Fact]
    public void ShippedTexts_AsanSampleTwins_HoldTheSameTexts()
    {
        // The CSV sample is the twin of the JSON one: same notes, same evidence for the same questions.
        var json = ShippedTexts.Of("samples/asan-2024.json").ToList();
        Assert.Equal(json, ShippedTexts.Of("samples/asan-2024.csv"));
        Assert.Equal(80, json.Count(t => t.Item.StartsWith("evidence of ", StringComparison.Ordinal) && t.Text.Length > 0));
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

    // One line per copied run, naming the file, the item and the eight words, so the fix needs no search.
    private static void AssertNoCopiedRun(string file, Func<string, bool> inReference)
    {
        var texts = ShippedTexts.Of(file).ToList();
        Assert.NotEmpty(texts);
        var copied = texts
            .SelectMany(t => EightGrams.Of(t.Text).Where(inReference).Select(g => $"{file}, {t.Item}: \"{g}\""))
            .ToList();
        Assert.True(copied.Count == 0, $"Runs of eight words found in the Asan report ({copied.Count}):\n" + string.Join("\n", copied));
    }
}
