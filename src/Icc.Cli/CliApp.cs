using System.CommandLine;
using Icc.Cli.Commands;

namespace Icc.Cli;

/// <summary>The icc command line: questionnaire, validate, score.</summary>
public static class CliApp
{
    /// <summary>Runs the tool with the given arguments and writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ICC Index tool: show the questionnaire, validate and score answer files.")
        {
            QuestionnaireCommand.Create(),
            ValidateCommand.Create(),
            ScoreCommand.Create(),
            ReportCommand.Create(),
            SchemaCommand.Create(),
        };
        root.SetAction(result =>
        {
            result.InvocationConfiguration.Error.WriteLine("Name a command: questionnaire, validate or score. Run 'icc --help' for usage.");
            return ExitCodes.Usage;
        });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'icc --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }
    }
}

/// <summary>A problem with how the tool was called (bad path, unknown extension): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
