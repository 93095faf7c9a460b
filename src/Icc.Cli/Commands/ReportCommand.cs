using System.CommandLine;
using System.Text.RegularExpressions;
using Icc.Cli.Output;
using Icc.Domain.Benchmarking;
using Icc.Domain.Questionnaires;
using Icc.Domain.Reporting.Building;
using Icc.Domain.Reporting.Document;
using Icc.Domain.Scoring;
using Icc.Reports.Pdf;

namespace Icc.Cli.Commands;

/// <summary>
/// <c>icc report FILE (--out report.pdf | --text)</c>: the city's report, offline, against the embedded
/// default sample (the city replacing any earlier result of its own in it). Same builder and renderer
/// as the workflow's report activity.
/// </summary>
internal static partial class ReportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The answer file (.json or .csv)." };
        var output = new Option<string?>("--out") { Description = "Where to write the PDF report." };
        var text = new Option<bool>("--text") { Description = "Print the report as plain text instead of (or as well as) writing the PDF." };
        var command = new Command("report", "Draw the report of an answer file against the embedded benchmark sample.") { file, output, text };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var pdfPath = result.GetValue(output);
            var asText = result.GetValue(text);
            if (pdfPath is null && !asText)
            {
                throw new UsageException("Say where the report goes: --out report.pdf, or --text to print it.");
            }

            var console = result.InvocationConfiguration.Output;
            var outcome = AnswerFileInput.Validate(path);
            if (outcome.Sheet is null)
            {
                IssueWriter.Write(path, outcome, false, console);
                return ExitCodes.InvalidFile;
            }

            var questionnaire = QuestionnaireCatalog.Default.Get(outcome.Sheet.QuestionnaireId);
            var card = Scorer.Score(questionnaire, outcome.Sheet);
            var cityId = CityId(outcome.Sheet.City.Name);
            var sample = ReportSample.EmbeddedWith(BenchmarkEntry.From(cityId, outcome.Sheet.City, card));
            var document = ReportBuilder.Build(ReportInputs.Of(cityId, questionnaire, outcome.Sheet, card, sample));
            if (asText)
            {
                console.Write(PlainTextReport.Render(document));
            }

            if (pdfPath is not null)
            {
                Write(pdfPath, new PdfReportRenderer().Render(document));
                console.WriteLine($"Report written to {pdfPath}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(string path, byte[] pdf)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllBytes(path, pdf);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"'{path}' cannot be written: {ex.Message}");
        }
    }

    // A stable id from the city's name ("Asan City" -> "asan-city"), used only to tell the city apart in the sample.
    private static string CityId(string name)
    {
        var slug = NotIdCharacters().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length < 2 ? "city" : slug[..Math.Min(slug.Length, 60)];
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdCharacters();
}
