using System.Text;
using CsCheck;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Validation;

public sealed class RealWorldVariantTests
{
    private static readonly string AsanCsv = File.ReadAllText(RepoFiles.PathOf("samples/asan-2024.csv"));

    private static AnswerSheet Sheet(byte[] content, AnswerFileFormat format)
    {
        var outcome = AnswerFileValidator.Validate(content, format, QuestionnaireCatalog.Default);
        Assert.True(outcome.IsValid, string.Join("\n", outcome.Errors.Select(e => $"{e.Code} {e.Location}: {e.Message}")));
        return outcome.Sheet!;
    }

    private static AnswerSheet Reference => Sheet(RepoFiles.Bytes("samples/asan-2024.json"), AnswerFileFormat.Json);

    private static void AssertSameSheet(AnswerSheet expected, AnswerSheet actual)
    {
        Assert.Equal(expected.QuestionnaireId, actual.QuestionnaireId);
        Assert.Equal(expected.City with { MainGroups = [] }, actual.City with { MainGroups = [] });
        Assert.Equal(expected.City.MainGroups, actual.City.MainGroups);
        Assert.Equal(expected.Answers.Count, actual.Answers.Count);
        foreach (var (want, got) in expected.Answers.Zip(actual.Answers))
        {
            Assert.Equal(want.QuestionId, got.QuestionId);
            Assert.Equal(want.Options, got.Options);
            Assert.Equal(want.Number, got.Number);
            Assert.Equal(want.Text, got.Text);
            Assert.Equal(want.Evidence?.ReplaceLineEndings("\n"), got.Evidence?.ReplaceLineEndings("\n"));
        }
    }

    // Rewrites a comma CSV as a European spreadsheet would: semicolons, decimal commas.
    private static string ToSemicolons(string csv)
    {
        var parser = new CsvHelper.CsvParser(new StringReader(csv), System.Globalization.CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        while (parser.Read())
        {
            var cells = parser.Record!.Select(c => System.Text.RegularExpressions.Regex.IsMatch(c, @"^\d+\.\d+$") ? c.Replace('.', ',') : c);
            builder.Append(string.Join(';', cells.Select(c => c.Contains(';') || c.Contains('"') || c.Contains('\n') ? $"\"{c.Replace("\"", "\"\"")}\"" : c))).Append('\n');
        }

        return builder.ToString();
    }

    [Fact]
    public void CsvWithByteOrderMark_Read_GivesTheSameSheet()
    {
        // Excel's "CSV UTF-8" starts with a byte-order mark.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AsanCsv)).ToArray();
        AssertSameSheet(Reference, Sheet(bytes, AnswerFileFormat.Csv));
    }

    [Fact]
    public void CsvWithSemicolonsAndDecimalCommas_Read_GivesTheSameSheet()
    {
        // European spreadsheet exports separate with ';' and write 6,18 for 6.18.
        var semicolons = ToSemicolons(AsanCsv);
        Assert.Contains("EDU-06;6,18", semicolons);
        AssertSameSheet(Reference, Sheet(Encoding.UTF8.GetBytes(semicolons), AnswerFileFormat.Csv));
    }

    [Fact]
    public void CsvWithCrlfLineEnds_Read_GivesTheSameSheet()
    {
        // Windows line ends are read like Unix ones.
        var crlf = AsanCsv.ReplaceLineEndings("\r\n");
        AssertSameSheet(Reference, Sheet(Encoding.UTF8.GetBytes(crlf), AnswerFileFormat.Csv));
    }

    [Fact]
    public void CsvWithQuotedMultiLineEvidence_Read_KeepsTheLinesAndLaterLineNumbers()
    {
        // Evidence spanning lines inside quotes stays one field, and issues after it still name the right line.
        var csv = AsanCsv.Replace("COM-01,yes,", "COM-01,yes,\"First line,\nsecond line \"\"quoted\"\"\"\nXXX-01,yes,\nIGNORED-", StringComparison.Ordinal);
        var outcome = AnswerFileValidator.Validate(Encoding.UTF8.GetBytes(csv), AnswerFileFormat.Csv, QuestionnaireCatalog.Default);
        var unknown = outcome.Errors.First(e => e.QuestionId == "XXX-01");
        var expectedLine = csv[..csv.IndexOf("XXX-01", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(expectedLine, unknown.Location.Line);

        var lines = AsanCsv.Split('\n').Select(l => l.StartsWith("COM-01,", StringComparison.Ordinal) ? "COM-01,yes,\"First line,\nsecond line \"\"quoted\"\".\"" : l);
        var sheet = Sheet(Encoding.UTF8.GetBytes(string.Join('\n', lines)), AnswerFileFormat.Csv);
        Assert.Equal("First line,\nsecond line \"quoted\".", sheet.Find("COM-01")!.Evidence);
    }

    [Fact]
    public void JsonWithCommentsAndTrailingCommas_Read_IsAccepted()
    {
        // Hand-edited JSON often has comments and trailing commas: docs/answer-files.md says they are read.
        var json = File.ReadAllText(RepoFiles.PathOf("samples/asan-2024.json"))
            .Replace("\"questionnaire\": \"icc-2019\",", "// answers for 2024\n\"questionnaire\": \"icc-2019\", /* current version */", StringComparison.Ordinal)
            .Replace("\"gdpPerCapitaEur\": 63000,", "\"gdpPerCapitaEur\": 63000,", StringComparison.Ordinal);
        json = json.TrimEnd().TrimEnd('}').TrimEnd().TrimEnd(']') + ",]\n,}";
        Assert.Contains("//", json);
        AssertSameSheet(Reference, Sheet(Encoding.UTF8.GetBytes(json), AnswerFileFormat.Json));
    }

    [Theory]
    [InlineData("389354")]
    [InlineData("389 354")]
    [InlineData("389,354")]
    [InlineData("389.354")]
    public void CsvPopulation_WithThousandsSeparators_IsReadWhole(string written)
    {
        // Spreadsheets group digits; "389,354" is a population, not 389.354.
        var csv = AsanCsv.Replace("city.population,389354,", $"city.population,\"{written}\",", StringComparison.Ordinal);
        Assert.Equal(389_354, Sheet(Encoding.UTF8.GetBytes(csv), AnswerFileFormat.Csv).City.Population);
    }

    [Fact]
    public void CsvTwin_OfTheJsonSample_GivesTheSameSheet()
    {
        // The two sample formats carry the same answers.
        AssertSameSheet(Reference, Sheet(Encoding.UTF8.GetBytes(AsanCsv), AnswerFileFormat.Csv));
    }

    [Fact]
    public void RandomBytes_Validated_NeverThrowAndNeverPass()
    {
        // Garbage never crashes validation and never yields a sheet.
        Gen.Byte.Array[0, 3000].Sample(bytes =>
        {
            foreach (var format in new[] { AnswerFileFormat.Json, AnswerFileFormat.Csv })
            {
                var outcome = AnswerFileValidator.Validate(bytes, format, QuestionnaireCatalog.Default);
                Assert.Null(outcome.Sheet);
                Assert.NotEmpty(outcome.Errors);
            }
        });
    }

    [Fact]
    public void MutatedSample_Validated_NeverThrowsAndIsConsistent()
    {
        // Random cuts and byte flips of a valid file either still validate or report at least one error.
        var json = RepoFiles.Bytes("samples/asan-2024.json");
        var csv = Encoding.UTF8.GetBytes(AsanCsv);
        Gen.Select(Gen.Bool, Gen.Int[0, 100_000], Gen.Int[0, 255], Gen.Int[0, 3]).Sample((useJson, position, value, kind) =>
        {
            var original = useJson ? json : csv;
            var at = position % original.Length;
            var mutated = kind switch
            {
                0 => original[..at],
                1 => original.Select((b, i) => i == at ? (byte)value : b).ToArray(),
                2 => original.Take(at).Concat(original.Skip(at + 1)).ToArray(),
                _ => original.Take(at).Append((byte)value).Concat(original.Skip(at)).ToArray(),
            };
            var outcome = AnswerFileValidator.Validate(mutated, useJson ? AnswerFileFormat.Json : AnswerFileFormat.Csv, QuestionnaireCatalog.Default);
            Assert.Equal(outcome.Sheet is null, outcome.Errors.Any());
        });
    }
}
