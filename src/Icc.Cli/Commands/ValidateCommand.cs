using System.CommandLine;
using Icc.Cli.Output;

namespace Icc.Cli.Commands;

/// <summary><c>icc validate FILE [--json]</c>: lists every problem of an answer file.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The answer file (.json or .csv)." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("validate", "Check an answer file; exit code 0 when it has no error, 1 when it has.") { file, json };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var outcome = AnswerFileInput.Validate(path);
            IssueWriter.Write(path, outcome, result.GetValue(json), result.InvocationConfiguration.Output);
            return outcome.IsValid ? ExitCodes.Success : ExitCodes.InvalidFile;
        });
        return command;
    }
}
