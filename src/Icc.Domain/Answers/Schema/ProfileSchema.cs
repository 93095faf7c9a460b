using System.Text.Json.Nodes;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Answers.Schema;

/// <summary>The schema of the "city" object, from the questionnaire's profile part.</summary>
internal static class ProfileSchema
{
    public static JsonObject City(ProfileDefinition profile)
    {
        var properties = Properties(profile.Fields);
        properties[ProfileDefinition.MainGroupsId] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = Object(profile.MainGroupFields, Properties(profile.MainGroupFields)),
        };
        return Object(profile.Fields, properties);
    }

    private static JsonObject Object(IReadOnlyList<ProfileField> fields, JsonObject properties) => new()
    {
        ["type"] = "object",
        ["required"] = AnswerFileSchema.Array([.. fields.Where(f => f.Required).Select(f => f.Id)]),
        ["additionalProperties"] = false,
        ["properties"] = properties,
    };

    private static JsonObject Properties(IReadOnlyList<ProfileField> fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            properties[field.Id] = Field(field);
        }

        return properties;
    }

    private static JsonObject Field(ProfileField field)
    {
        var schema = new JsonObject { ["description"] = field.Hint };
        if (field.Type == ProfileFieldType.Text)
        {
            schema["type"] = "string";
            if (field.Required)
            {
                schema["minLength"] = 1;
            }

            schema["maxLength"] = field.MaxLength;
            schema["pattern"] = AnswerFileSchema.NoControlCharacters;
            return schema;
        }

        schema["type"] = field.WholeNumber ? "integer" : "number";
        schema["minimum"] = field.Min;
        schema["maximum"] = field.Max;
        return schema;
    }
}
