using System.Text;
using System.Text.Json.Nodes;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Validation;

public sealed class BrokenFileCorpusTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Validation", "Corpus");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var expected in Directory.GetFiles(CorpusFolder, "*.expected").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(expected));
        }

        return data;
    }

    private static string[] ErrorCodes(byte[] content, AnswerFileFormat format) =>
        AnswerFileValidator.Validate(content, format, QuestionnaireCatalog.Default).Errors.Select(e => e.Code).Order().ToArray();

    [Fact]
    public void Corpus_Counted_HasAtLeastThirtyFiles()
    {
        // The acceptance asks for a corpus of at least 30 broken files.
        Assert.True(Cases().Count >= 30, $"only {Cases().Count} corpus files");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BrokenFile_Validated_GivesExactlyTheExpectedErrors(string name)
    {
        // Each corpus file yields its listed error codes, no sheet, and no exception.
        var file = Directory.GetFiles(CorpusFolder, name + ".*").Single(f => !f.EndsWith(".expected", StringComparison.Ordinal));
        var format = AnswerFileFormats.FromFileName(file)!.Value;
        var expected = File.ReadAllLines(Path.Combine(CorpusFolder, name + ".expected")).Where(l => l.Length > 0).Order().ToArray();

        var outcome = AnswerFileValidator.Validate(File.ReadAllBytes(file), format, QuestionnaireCatalog.Default);

        Assert.Null(outcome.Sheet);
        Assert.Equal(expected, outcome.Errors.Select(e => e.Code).Order().ToArray());
        Assert.All(outcome.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
    }

    [Fact]
    public void OversizeFile_Validated_IsRejectedBeforeParsing()
    {
        // A file over 2 MiB is refused with one clear error, whatever it holds.
        var content = new byte[AnswerFileLimits.MaxFileBytes + 1];
        Array.Fill(content, (byte)'[');
        Assert.Equal([IssueCodes.FileTooLarge], ErrorCodes(content, AnswerFileFormat.Json));
    }

    [Fact]
    public void HugeEvidence_Validated_IsRejectedAsTooLong()
    {
        // Evidence over 20 000 characters is refused with the limit in the message.
        var sample = JsonNode.Parse(RepoFiles.Bytes("samples/asan-2024.json"))!;
        sample["answers"]![0]!["evidence"] = new string('x', 25_000);
        var outcome = AnswerFileValidator.Validate(Encoding.UTF8.GetBytes(sample.ToJsonString()), AnswerFileFormat.Json, QuestionnaireCatalog.Default);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(IssueCodes.FieldTooLong, error.Code);
        Assert.Equal("/answers/0/evidence", error.Location.Pointer);
        Assert.Contains("20,000", error.Message);
    }

    [Fact]
    public void TooManyAnswers_Validated_IsRejected()
    {
        // More than 500 answer entries are refused (as well as the duplicates they contain).
        var sample = JsonNode.Parse(RepoFiles.Bytes("samples/asan-2024.json"))!;
        var answers = sample["answers"]!.AsArray();
        while (answers.Count <= AnswerFileLimits.MaxAnswers)
        {
            answers.Add(new JsonObject { ["question"] = "XYZ-01", ["answer"] = "yes" });
        }

        Assert.Contains(IssueCodes.TooManyAnswers, ErrorCodes(Encoding.UTF8.GetBytes(sample.ToJsonString()), AnswerFileFormat.Json));
    }

    [Fact]
    public void HostileFile_WithHundredsOfThousandsOfProblems_ListsAThousandAndCountsTheRest()
    {
        // One CSV cell naming 300 000 unknown options yields 1 000 listed issues and one summary, still an error.
        var cell = string.Join('|', Enumerable.Repeat("x", 300_000));
        var csv = File.ReadAllText(RepoFiles.PathOf("samples/asan-2024.csv")).Replace("LNG-03,print,", $"LNG-03,{cell},", StringComparison.Ordinal);
        var outcome = AnswerFileValidator.Validate(Encoding.UTF8.GetBytes(csv), AnswerFileFormat.Csv, QuestionnaireCatalog.Default);
        Assert.Equal(AnswerFileLimits.MaxIssues + 1, outcome.Issues.Count);
        Assert.Equal(IssueCodes.TooManyIssues, outcome.Issues[^1].Code);
        Assert.Equal(Severity.Error, outcome.Issues[^1].Severity);
        Assert.Null(outcome.Sheet);
    }

    [Fact]
    public void Issues_OfABrokenFile_SayWhereAndHowToFix()
    {
        // An invalid option names the question, points at the value and lists the valid options.
        var sample = JsonNode.Parse(RepoFiles.Bytes("samples/asan-2024.json"))!;
        sample["answers"]![2]!["answer"] = "maybe";
        var error = Assert.Single(AnswerFileValidator.Validate(Encoding.UTF8.GetBytes(sample.ToJsonString()), AnswerFileFormat.Json, QuestionnaireCatalog.Default).Errors);
        Assert.Equal("COM-03", error.QuestionId);
        Assert.Equal("/answers/2/answer", error.Location.Pointer);
        Assert.Contains("adopted-funded", error.Message);
    }
}
