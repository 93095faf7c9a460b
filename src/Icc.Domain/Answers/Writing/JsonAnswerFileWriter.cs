using System.Text.Json;
using System.Text.Json.Nodes;
using Icc.Domain.Json;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Answers.Writing;

/// <summary>
/// Writes an answer sheet as a JSON answer file (the format of docs/answer-files.md), so generated sheets
/// can be sent, validated and read back like any city's file.
/// </summary>
public static class JsonAnswerFileWriter
{
    /// <summary>The answer file's text, indented.</summary>
    public static string Write(AnswerSheet sheet, Questionnaire questionnaire)
    {
        var file = new JsonObject
        {
            ["questionnaire"] = sheet.QuestionnaireId,
            ["city"] = JsonSerializer.SerializeToNode(sheet.City, IccJson.Options),
            ["answers"] = new JsonArray([.. sheet.Answers.Select(answer => Entry(answer, questionnaire.FindQuestion(answer.QuestionId)))]),
        };
        return file.ToJsonString(IccJson.Indented);
    }

    private static JsonObject Entry(Answer answer, Question? question)
    {
        var entry = new JsonObject { ["question"] = answer.QuestionId, ["answer"] = Value(answer, question) };
        if (answer.Evidence is { Length: > 0 } evidence)
        {
            entry["evidence"] = evidence;
        }

        return entry;
    }

    private static JsonNode? Value(Answer answer, Question? question) => question?.Type switch
    {
        AnswerType.MultipleChoice => new JsonArray([.. answer.Options.Select(o => JsonValue.Create(o))]),
        AnswerType.YesNo or AnswerType.SingleChoice => answer.Options.FirstOrDefault(),
        AnswerType.Number or AnswerType.Percentage => answer.Number,
        _ => answer.Text,
    };
}
