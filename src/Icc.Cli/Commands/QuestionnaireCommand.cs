using System.CommandLine;
using System.Text.Json;
using Icc.Cli.Output;
using Icc.Domain.Json;
using Icc.Domain.Questionnaires;

namespace Icc.Cli.Commands;

/// <summary><c>icc questionnaire [--json] [--id ID]</c>: prints a questionnaire definition.</summary>
internal static class QuestionnaireCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the definition as JSON." };
        var id = new Option<string?>("--id") { Description = "Questionnaire version (default: the current one)." };
        var command = new Command("questionnaire", "Show the questionnaire: areas, questions, options and points.") { json, id };
        command.SetAction(result =>
        {
            var catalog = QuestionnaireCatalog.Default;
            var wanted = result.GetValue(id);
            var questionnaire = wanted is null ? catalog.Current
                : catalog.Find(wanted) ?? throw new UsageException($"Unknown questionnaire '{wanted}'. Known: {string.Join(", ", catalog.Ids)}.");
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(questionnaire, IccJson.Indented));
            }
            else
            {
                QuestionnaireWriter.Write(questionnaire, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
