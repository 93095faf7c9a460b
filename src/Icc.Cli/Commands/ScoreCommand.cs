using System.CommandLine;
using Icc.Cli.Output;
using Icc.Domain.Questionnaires;
using Icc.Domain.Scoring;

namespace Icc.Cli.Commands;

/// <summary><c>icc score FILE [--json]</c>: validates, then prints the scorecard.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The answer file (.json or .csv)." };
        var json = new Option<bool>("--json") { Description = "Print the scorecard as JSON." };
        var command = new Command("score", "Score an answer file: area rates, lens and index.") { file, json };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var asJson = result.GetValue(json);
            var output = result.InvocationConfiguration.Output;
            var outcome = AnswerFileInput.Validate(path);
            if (outcome.Sheet is null)
            {
                IssueWriter.Write(path, outcome, asJson, output);
                return ExitCodes.InvalidFile;
            }

            var card = Scorer.Score(QuestionnaireCatalog.Default.Get(outcome.Sheet.QuestionnaireId), outcome.Sheet);
            ScorecardWriter.Write(card, asJson, output);
            return ExitCodes.Success;
        });
        return command;
    }
}
