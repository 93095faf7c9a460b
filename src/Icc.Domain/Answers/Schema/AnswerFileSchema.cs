using System.Text.Json.Nodes;
using Icc.Domain.Questionnaires;
using Icc.Domain.Validation;

namespace Icc.Domain.Answers.Schema;

/// <summary>
/// Generates the JSON Schema of the JSON answer format from the questionnaire definitions, so the schema
/// can never drift from them: real question ids, each question's answer type and option ids, the
/// mandatory questions, one answer per question, and the profile's types and limits.
/// schemas/answer-file.schema.json is this output (`icc schema`), and a test keeps the two equal.
/// </summary>
public static class AnswerFileSchema
{
    /// <summary>Text without the control characters validation refuses (tabs and line breaks are allowed).</summary>
    public const string NoControlCharacters = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";

    /// <summary>The schema for every version of the catalog.</summary>
    public static JsonObject Generate(QuestionnaireCatalog catalog)
    {
        var versions = catalog.Ids.Order(StringComparer.Ordinal).Select(catalog.Get).ToList();
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://icc-index.example/schemas/answer-file.schema.json",
            ["title"] = "ICC Index answer file",
            ["description"] = "A city's answers to one version of the Intercultural Cities Index questionnaire. Generated from the questionnaire definitions by `icc schema`; see docs/answer-files.md.",
            ["type"] = "object",
            ["required"] = Array("questionnaire", "city", "answers"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["$schema"] = new JsonObject { ["type"] = "string" },
                ["questionnaire"] = new JsonObject
                {
                    ["description"] = "The questionnaire version answered.",
                    ["enum"] = Array([.. versions.Select(v => v.Id)]),
                },
                ["city"] = new JsonObject { ["type"] = "object" },
                ["answers"] = new JsonObject { ["type"] = "array", ["maxItems"] = AnswerFileLimits.MaxAnswers },
            },
            ["allOf"] = new JsonArray([.. versions.Select(v => (JsonNode)new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["questionnaire"] = new JsonObject { ["const"] = v.Id } } },
                ["then"] = Version(v),
            })]),
        };
    }

    // Inline rather than under $defs: the OpenAPI document embeds this schema, where "#/$defs" would not resolve.
    private static JsonObject Version(Questionnaire questionnaire) => new()
    {
        ["properties"] = new JsonObject
        {
            ["city"] = ProfileSchema.City(questionnaire.Profile),
            ["answers"] = new JsonObject
            {
                ["items"] = AnswerSchema.Entry(questionnaire),
                ["allOf"] = new JsonArray([.. questionnaire.Questions.Select(q => (JsonNode)AnswerSchema.Occurrences(q))]),
            },
        },
    };

    internal static JsonArray Array(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
