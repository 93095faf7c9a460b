using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Validation;

public sealed class CsvVariantFileTests
{
    private static AnswerSheet Sheet(string relative, AnswerFileFormat format)
    {
        var outcome = AnswerFileValidator.Validate(RepoFiles.Bytes(relative), format, QuestionnaireCatalog.Default);
        Assert.True(outcome.IsValid, string.Join("\n", outcome.Errors.Select(e => $"{e.Code} {e.Location}: {e.Message}")));
        return outcome.Sheet!;
    }

    private static Scorecard Score(AnswerSheet sheet) => Scorer.Score(QuestionnaireCatalog.Default.Get(sheet.QuestionnaireId), sheet);

    public static TheoryData<string> Variants() =>
        [.. Directory.GetFiles(RepoFiles.PathOf("tests/Icc.Domain.Tests/Validation/Variants"), "*.csv").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Variants))]
    public void CommittedCsvVariant_Scored_GivesExactlyTheJsonSamplesFigures(string file)
    {
        // Each saved-by-a-spreadsheet variant reads to the same city and the same scorecard as the JSON sample.
        var reference = Sheet("samples/asan-2024.json", AnswerFileFormat.Json);
        var variant = Sheet($"tests/Icc.Domain.Tests/Validation/Variants/{file}", AnswerFileFormat.Csv);

        Assert.Equal(reference.City with { MainGroups = [] }, variant.City with { MainGroups = [] });
        Assert.Equal(reference.City.MainGroups, variant.City.MainGroups);
        AsanScores.AssertSame(Score(reference), Score(variant));
    }

    [Fact]
    public void MultiLineEvidenceVariant_Read_KeepsTheLineBreaksAndQuotes()
    {
        // Quoted evidence over several lines arrives whole, with its doubled quotes undone.
        var sheet = Sheet("tests/Icc.Domain.Tests/Validation/Variants/asan-multiline-evidence.csv", AnswerFileFormat.Csv);
        var evidence = sheet.Find("PAR-02")!.Evidence!;
        Assert.Contains('\n', evidence);
        Assert.EndsWith("See also \"the city plan\".", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void EuropeanExcelVariant_AsWritten_UsesSemicolonsAndDecimalCommas()
    {
        // Guards the fixture itself: it really is the European shape the test claims to read.
        var bytes = RepoFiles.Bytes("tests/Icc.Domain.Tests/Validation/Variants/asan-excel-european.csv");
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("EDU-06;6,18;", text, StringComparison.Ordinal);
        Assert.Contains("city.foreignBornShare;10,1;", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
    }
}
