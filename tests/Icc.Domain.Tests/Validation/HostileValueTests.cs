using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Tests.Support;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Validation;

public sealed class HostileValueTests
{
    private const string Marker = "@@hostile@@";

    private static readonly string[] NumericProfilePaths =
        ["city/year", "city/population", "city/foreignBornShare", "city/foreignResidents", "city/gdpPerCapitaEur", "city/mainGroups/0/count", "city/mainGroups/0/share"];

    private static readonly string[] WholeNumberProfilePaths = ["city/year", "city/population", "city/foreignResidents", "city/mainGroups/0/count"];

    private static readonly string[] TextPaths =
        ["questionnaire", "city/name", "city/country", "city/region", "city/notes", "city/mainGroups/0/name", "answers/0/question", "answers/0/answer", "answers/0/evidence", "answers/4/answer/0"];

    // Numbers that once crashed validation or slipped through: beyond long, beyond decimal, negative zero, tiny.
    private static readonly string[] HostileNumbers = ["1e20", "1e30", "1e400", "-1e400", "99999999999999999999", "-0", "1e-400", "1.5", "\"1e20\"", "\"99999999999999999999999999999999999\""];

    // Validates the Asan sample with the value at path replaced by raw JSON text.
    private static ValidationOutcome WithRawValue(string path, string rawJson)
    {
        var sample = JsonNode.Parse(RepoFiles.Bytes("samples/asan-2024.json"))!;
        var keys = path.Split('/');
        var parent = keys[..^1].Aggregate(sample, (node, key) => int.TryParse(key, out var i) ? node[i]! : node[key]!);
        if (int.TryParse(keys[^1], out var index))
        {
            parent[index] = Marker;
        }
        else
        {
            parent[keys[^1]] = Marker;
        }

        var json = sample.ToJsonString().Replace($"\"{Marker}\"", rawJson, StringComparison.Ordinal);
        return AnswerFileValidator.Validate(Encoding.UTF8.GetBytes(json), AnswerFileFormat.Json, QuestionnaireCatalog.Default);
    }

    public static TheoryData<string, string> ProfileNumberCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in NumericProfilePaths)
        {
            foreach (var value in new[] { "1e20", "1e400", "-1e400", "99999999999999999999", "\"99999999999999999999999999999999999\"" })
            {
                data.Add(path, value);
            }
        }

        foreach (var path in WholeNumberProfilePaths)
        {
            data.Add(path, "1.5");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProfileNumberCases))]
    public void ProfileNumber_BeyondItsRangeOrNotWhole_IsOneClearProfileError(string path, string value)
    {
        // Every numeric profile field refuses huge numbers and fractions where people are counted, saying the limit.
        var outcome = WithRawValue(path, value);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(IssueCodes.ProfileInvalid, error.Code);
        Assert.DoesNotContain("the number .", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"at most \d+|at least -?\d+|from -?\d+ to \d+", error.Message);
    }

    [Fact]
    public void Population_WrittenAs1e30_SaysItIsTooLargeAndTheMaximum()
    {
        // The message names the written number and the largest accepted population.
        var error = Assert.Single(WithRawValue("city/population", "1e30").Errors);
        Assert.Equal("1e30 is too large; \"population\" must be at most 100000000.", error.Message);
    }

    [Theory]
    [InlineData("city/population", "1e28", "\"population\" is 1e28; it must be a whole number from 1 to 100000000.")]
    [InlineData("city/mainGroups/0/count", "1.5", "The count of group \"Central Asians\" is 1.5; it must be a whole number from 0 to 100000000.")]
    [InlineData("city/year", "\"2024.5\"", "\"year\" is 2024.5; it must be a whole number from 1990 to 2100.")]
    public void ProfileNumber_OutOfRange_IsShownAsWrittenWithTheAcceptedRange(string path, string value, string message)
    {
        // The message repeats the number as the city wrote it and says what is accepted.
        Assert.Equal(message, Assert.Single(WithRawValue(path, value).Errors).Message);
    }

    [Theory]
    [InlineData("\"\u0662\u0660\u0662\u0664\"")] // Arabic-Indic digits
    [InlineData("\"\uFF12\uFF10\uFF12\uFF14\"")] // full-width digits
    public void ProfileNumber_InDigitsOtherThanAscii_IsNotANumberRatherThanTooLarge(string value)
    {
        // Digits of other scripts are not read as numbers; the message must not call them too large.
        var error = Assert.Single(WithRawValue("city/year", value).Errors);
        Assert.Equal(IssueCodes.ProfileInvalid, error.Code);
        Assert.DoesNotContain("too large", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("at most", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("answers/13/answer")]
    [InlineData("answers/18/answer")]
    public void NumberAnswer_BeyondDecimal_IsOutOfRange(string path)
    {
        // A percentage (EDU-06) or a count (NBH-05) written as 1e400 is out of range, not a crash.
        foreach (var value in new[] { "1e400", "-1e400", "1e30" })
        {
            var error = Assert.Single(WithRawValue(path, value).Errors);
            Assert.Equal(IssueCodes.OutOfRange, error.Code);
            Assert.Contains(value, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TextCases))]
    public void TextValue_WithALoneSurrogate_IsAJsonTextErrorAtItsPointer(string path)
    {
        // A broken \u escape in any text is reported where it is, never thrown.
        var error = Assert.Single(WithRawValue(path, "\"abc\\ud800\"").Errors);
        Assert.Equal(IssueCodes.JsonInvalidText, error.Code);
        Assert.Equal("/" + path, error.Location.Pointer);
    }

    public static TheoryData<string> TextCases() => [.. TextPaths];

    [Fact]
    public void AnyScalar_ReplacedByAHostileValue_NeverThrowsAndStaysConsistent()
    {
        // Value-level mutation: any scalar of the sample turned into an extreme number or a broken text.
        var sample = JsonNode.Parse(RepoFiles.Bytes("samples/asan-2024.json"))!;
        var paths = ScalarPaths(sample, string.Empty).ToArray();
        string[] hostile = [.. HostileNumbers, "\"\\ud800\"", "\"x\\udc00y\"", "\"COM-01\\u0000\"", "true", "null", "[]", "{}", "[1e400]", "\"\""];
        Gen.Select(Gen.Int[0, paths.Length - 1], Gen.Int[0, hostile.Length - 1]).Sample((p, h) =>
        {
            var outcome = WithRawValue(paths[p], hostile[h]);
            Assert.Equal(outcome.Sheet is null, outcome.Errors.Any());
            Assert.All(outcome.Issues, i => Assert.True(i.Message.Length < 2_000, i.Message));
        });
    }

    [Fact]
    public void AnyCsvCell_ReplacedByAHostileValue_NeverThrowsAndStaysConsistent()
    {
        // The CSV twin of the scalar mutation: any answer cell (profile rows and groups included) made extreme.
        var lines = File.ReadAllLines(RepoFiles.PathOf("samples/asan-2024.csv"));
        string[] hostile = ["1e20", "99999999999999999999", "9999999999999999999999999999999999999999", "-0", "1,5", "1.5", "\ud800", "\u0000", "x|99999999999999999999|1e400", "|||", "\"", "\"\"\"", ";;;", "\u00A0"];
        Gen.Select(Gen.Int[1, lines.Length - 1], Gen.Int[0, hostile.Length - 1]).Sample((row, h) =>
        {
            var cells = lines[row].Split(',', 3);
            var value = System.Text.RegularExpressions.Regex.Unescape(hostile[h]);
            var mutated = lines.Select((line, i) => i == row ? $"{cells[0]},{value},{(cells.Length > 2 ? cells[2] : string.Empty)}" : line);
            var outcome = AnswerFileValidator.Validate(Encoding.UTF8.GetBytes(string.Join('\n', mutated)), AnswerFileFormat.Csv, QuestionnaireCatalog.Default);
            Assert.Equal(outcome.Sheet is null, outcome.Errors.Any());
        });
    }

    private static IEnumerable<string> ScalarPaths(JsonNode node, string prefix) => node switch
    {
        JsonObject o => o.SelectMany(p => ScalarPaths(p.Value!, Join(prefix, p.Key))),
        JsonArray a => a.SelectMany((item, i) => ScalarPaths(item!, Join(prefix, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        _ => [prefix],
    };

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}/{key}";
}
