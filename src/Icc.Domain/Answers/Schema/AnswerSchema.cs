using System.Text.Json.Nodes;
using Icc.Domain.Questionnaires;
using Icc.Domain.Validation;

namespace Icc.Domain.Answers.Schema;

/// <summary>The schema of answer entries: which ids exist, what each question's answer looks like, how often each appears.</summary>
internal static class AnswerSchema
{
    /// <summary>One entry: a real question id, evidence within its limit, and the answer its question's type asks for.</summary>
    public static JsonObject Entry(Questionnaire questionnaire) => new()
    {
        ["type"] = "object",
        ["required"] = AnswerFileSchema.Array("question", "answer"),
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["question"] = new JsonObject { ["enum"] = AnswerFileSchema.Array([.. questionnaire.Questions.Select(q => q.Id)]) },
            ["answer"] = new JsonObject(),
            ["evidence"] = new JsonObject
            {
                ["type"] = "string",
                ["maxLength"] = AnswerFileLimits.MaxEvidenceChars,
                ["pattern"] = AnswerFileSchema.NoControlCharacters,
            },
        },
        ["allOf"] = new JsonArray([.. questionnaire.Questions.Select(q => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["question"] = new JsonObject { ["const"] = q.Id } } },
            ["then"] = new JsonObject { ["properties"] = new JsonObject { ["answer"] = Answer(q) } },
        })]),
    };

    /// <summary>Each question at most once, and a mandatory one at least once.</summary>
    public static JsonObject Occurrences(Question question) => new()
    {
        ["contains"] = new JsonObject
        {
            ["properties"] = new JsonObject { ["question"] = new JsonObject { ["const"] = question.Id } },
            ["required"] = AnswerFileSchema.Array("question"),
        },
        ["minContains"] = question.Mandatory ? 1 : 0,
        ["maxContains"] = 1,
    };

    private static JsonObject Answer(Question question) => question.Type switch
    {
        AnswerType.YesNo => new JsonObject
        {
            ["oneOf"] = new JsonArray(Options(question), new JsonObject { ["type"] = "boolean" }),
        },
        AnswerType.SingleChoice => Options(question),
        AnswerType.MultipleChoice => Choices(question),
        AnswerType.Number or AnswerType.Percentage => new JsonObject
        {
            ["type"] = "number",
            ["minimum"] = question.Range?.Min,
            ["maximum"] = question.Range?.Max,
        },
        _ => new JsonObject
        {
            ["type"] = "string",
            ["maxLength"] = AnswerFileLimits.MaxTextAnswerChars,
            ["pattern"] = AnswerFileSchema.NoControlCharacters,
        },
    };

    private static JsonObject Options(Question question) => new()
    {
        ["enum"] = AnswerFileSchema.Array([.. question.Options.Select(o => o.Id)]),
    };

    // A list of distinct option ids; "none" stands alone.
    private static JsonObject Choices(Question question)
    {
        var schema = new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = 1,
            ["uniqueItems"] = true,
            ["items"] = Options(question),
        };
        if (question.FindOption(DefinitionRules.NoneOptionId) is not null)
        {
            schema["if"] = new JsonObject { ["contains"] = new JsonObject { ["const"] = DefinitionRules.NoneOptionId } };
            schema["then"] = new JsonObject { ["maxItems"] = 1 };
        }

        return schema;
    }
}
