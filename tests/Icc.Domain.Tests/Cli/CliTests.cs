using System.Text.Json;
using Icc.Cli;
using Icc.Domain.Tests.Support;

namespace Icc.Domain.Tests.Cli;

public sealed class CliTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static JsonElement Area(JsonElement scorecard, string id) =>
        scorecard.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);

    [Fact]
    public void Score_AsanSampleAsJson_PrintsThePublishedFigures()
    {
        // icc score samples/asan-2024.json --json gives exactly the published figures.
        var (exit, output, _) = Run("score", RepoFiles.PathOf("samples/asan-2024.json"), "--json");
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("icc-2019", root.GetProperty("questionnaire").GetString());
        Assert.Equal("Asan City", root.GetProperty("city").GetString());
        Assert.Equal(87, root.GetProperty("index").GetInt32());
        Assert.Equal(97, root.GetProperty("lens").GetInt32());
        Assert.Equal(98, Area(root, "commitment").GetProperty("rate").GetInt32());
        Assert.Equal(49, Area(root, "language").GetProperty("rate").GetInt32());
        Assert.Equal(33, Area(root, "leadership-and-citizenship").GetProperty("rate").GetInt32());
        Assert.Equal(75, Area(root, "neighbourhoods").GetProperty("extendedRate").GetInt32());
        Assert.Equal(JsonValueKind.Null, Area(root, "interaction").GetProperty("rate").ValueKind);
        Assert.Equal(17, root.GetProperty("areas").GetArrayLength());
    }

    [Fact]
    public void Score_AsanCsvAsText_PrintsTheScorecardTable()
    {
        // The text scorecard lists every area and the index line.
        var (exit, output, _) = Run("score", RepoFiles.PathOf("samples/asan-2024.csv"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Leadership and citizenship", output);
        Assert.Matches(@"Intercultural Cities Index\s+87\s+83", output);
    }

    [Fact]
    public void Validate_ValidSample_ExitsZero()
    {
        // A valid file exits 0 and says so.
        var (exit, output, _) = Run("validate", RepoFiles.PathOf("samples/asan-2024.json"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("valid", output);
    }

    [Fact]
    public void Validate_BrokenFileAsJson_ExitsOneWithTheIssueCodes()
    {
        // A broken file exits 1 and the JSON output carries every error's code, place and message.
        var path = Path.Combine(Path.GetTempPath(), $"icc-cli-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(RepoFiles.PathOf("samples/asan-2024.json")).Replace("\"adopted-funded\"", "\"maybe\"", StringComparison.Ordinal));
        try
        {
            var (exit, output, _) = Run("validate", path, "--json");
            Assert.Equal(ExitCodes.InvalidFile, exit);
            using var json = JsonDocument.Parse(output);
            Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
            var error = json.RootElement.GetProperty("errors").EnumerateArray().Single();
            Assert.Equal("answer-invalid-option", error.GetProperty("code").GetString());
            Assert.Equal("COM-03", error.GetProperty("questionId").GetString());
            Assert.Equal("/answers/2/answer", error.GetProperty("location").GetProperty("pointer").GetString());
            Assert.Equal(JsonValueKind.Null, error.GetProperty("location").GetProperty("line").ValueKind);
            Assert.Equal("/answers/2/answer", error.GetProperty("where").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Score_BrokenFile_ExitsOneAndPrintsTheErrors()
    {
        // Scoring refuses an invalid file and shows why.
        var path = Path.Combine(Path.GetTempPath(), $"icc-cli-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "question,answer\nquestionnaire,icc-2019\n");
        try
        {
            var (exit, output, _) = Run("score", path);
            Assert.Equal(ExitCodes.InvalidFile, exit);
            Assert.Contains("answer-missing-mandatory", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("validate")]
    [InlineData("score", "answers.txt")]
    [InlineData("score", "/no/such/file.json")]
    [InlineData("validate", "a.json", "--bogus")]
    [InlineData]
    public void UsageErrors_Run_ExitTwoWithAMessage(params string[] args)
    {
        // Wrong commands, missing arguments, unknown extensions and missing files exit 2 with a message, no stack trace.
        var (exit, _, error) = Run(args);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Validate_BrokenCsvAsJson_GivesLineAndColumnAsNumbers()
    {
        // A CSV issue's location is {"line": n, "column": m}, numbers a program can use without parsing text.
        var path = Path.Combine(Path.GetTempPath(), $"icc-cli-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, File.ReadAllText(RepoFiles.PathOf("samples/asan-2024.csv")).Replace("COM-03,adopted-funded,", "COM-03,maybe,", StringComparison.Ordinal));
        try
        {
            var (exit, output, _) = Run("validate", path, "--json");
            Assert.Equal(ExitCodes.InvalidFile, exit);
            using var json = JsonDocument.Parse(output);
            var location = json.RootElement.GetProperty("errors").EnumerateArray().Single().GetProperty("location");
            Assert.Equal(JsonValueKind.Null, location.GetProperty("pointer").ValueKind);
            Assert.Equal(16, location.GetProperty("line").GetInt32());
            Assert.Equal(2, location.GetProperty("column").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_AFolderNamedLikeAnAnswerFile_SaysItIsAFolder()
    {
        // A directory called d.json is not "no such file": the message says it is a folder.
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"icc-cli-{Guid.NewGuid():N}.json"));
        try
        {
            var (exit, _, error) = Run("validate", folder.FullName);
            Assert.Equal(ExitCodes.Usage, exit);
            Assert.Contains("is a folder, not a file", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete();
        }
    }

    [Fact]
    public void Questionnaire_AsJson_HasEveryQuestion()
    {
        // icc questionnaire --json prints the whole definition.
        var (exit, output, _) = Run("questionnaire", "--json");
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(86, json.RootElement.GetProperty("questions").GetArrayLength());
        Assert.Equal("icc-2019", json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Questionnaire_AsJsonAndText_ShowsTheCityProfilePart()
    {
        // The profile fields, with their limits, are part of the published definition in both outputs.
        var (_, output, _) = Run("questionnaire", "--json");
        using var json = JsonDocument.Parse(output);
        var population = json.RootElement.GetProperty("profile").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "population");
        Assert.Equal(100_000_000, population.GetProperty("max").GetInt64());
        Assert.True(population.GetProperty("required").GetBoolean());
        Assert.Equal(73, json.RootElement.GetProperty("declared").GetProperty("mandatory").GetInt32());

        var (_, text, _) = Run("questionnaire");
        Assert.Matches(@"population\s+\[required, whole number from 1 to 100000000\]", text);
    }

    [Fact]
    public void Questionnaire_AsText_ListsOptionsWithPoints()
    {
        // The text listing shows options and their points so a score can be checked by hand.
        var (exit, output, _) = Run("questionnaire");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("COM-03", output);
        Assert.Matches(@"adopted-funded\s+8 pt", output);
        Assert.Contains("at most 6", output);
    }

    [Fact]
    public void Report_AsanSampleAsText_PrintsTheReportAgainstTheEmbeddedSample()
    {
        // icc report FILE --text prints the whole report; Asan replaces its own embedded result, so the sample stays 129 cities.
        var (exit, output, _) = Run("report", RepoFiles.PathOf("samples/asan-2024.json"), "--text");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("In commitment, Asan City achieved a rate of 98, considerably higher than the achievement rate of 68 of the 129 cities", output, StringComparison.Ordinal);
        Assert.Contains("Annex: how each rate was computed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ToAFile_WritesAPdf()
    {
        // icc report FILE --out PATH writes the PDF, creating the folder.
        var folder = Path.Combine(Path.GetTempPath(), "icc-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(folder, "nested", "asan.pdf");
            var (exit, output, _) = Run("report", RepoFiles.PathOf("samples/asan-2024.csv"), "--out", path);
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains(path, output, StringComparison.Ordinal);
            Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(path)[..5]);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Report_WithoutOutOrText_IsAUsageError()
    {
        // Nowhere to put the report: exit 2 with a message that says how to call it.
        var (exit, _, error) = Run("report", RepoFiles.PathOf("samples/asan-2024.json"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--out report.pdf", error, StringComparison.Ordinal);
    }
}
