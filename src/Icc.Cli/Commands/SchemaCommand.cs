using System.CommandLine;
using Icc.Domain.Answers.Schema;
using Icc.Domain.Json;
using Icc.Domain.Questionnaires;

namespace Icc.Cli.Commands;

/// <summary><c>icc schema</c>: prints the JSON Schema of answer files, generated from the questionnaire definitions.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema of answer files (schemas/answer-file.schema.json is this output).");
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Output.WriteLine(AnswerFileSchema.Generate(QuestionnaireCatalog.Default).ToJsonString(IccJson.Indented));
            return ExitCodes.Success;
        });
        return command;
    }
}
