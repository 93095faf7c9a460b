using System.Globalization;
using System.Text.Json;
using Icc.Domain.Validation;

namespace Icc.Domain.Answers.Reading;

/// <summary>Reads the JSON answer format into a <see cref="RawAnswerFile"/>; never throws.</summary>
internal static class JsonAnswerFileReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = AnswerFileLimits.MaxJsonDepth,
    };

    private static readonly HashSet<string> TopLevel = ["questionnaire", "city", "answers", "$schema"];
    private static readonly HashSet<string> EntryFields = ["question", "answer", "evidence"];

    public static RawAnswerFile Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            return Failed(ex, text);
        }

        using (document)
        {
            var issues = new List<ValidationIssue>();
            var root = document.RootElement;
            if (!JsonDocumentScan.Check(root, issues))
            {
                return new RawAnswerFile(null, [], [], [], issues);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                issues.Add(Issues.Error(IssueCodes.JsonStructure, SourceLocation.Json(""),
                    $"The file must be a JSON object with \"questionnaire\", \"city\" and \"answers\", not {Kind(root)}."));
                return new RawAnswerFile(null, [], [], [], issues);
            }

            RawField? questionnaire = null;
            var profile = new List<RawField>();
            var groups = new List<RawGroup>();
            var answers = new List<RawAnswer>();
            var seen = new HashSet<string>(StringComparer.Ordinal);

            // A repeated field is already an error (JsonDocumentScan); the first one is read.
            foreach (var property in root.EnumerateObject().Where(p => seen.Add(p.Name)))
            {
                var pointer = "/" + JsonPointer.Escape(property.Name);
                switch (property.Name)
                {
                    case "questionnaire":
                        questionnaire = new RawField(property.Name, ValueOf(property.Value), SourceLocation.Json(pointer));
                        break;
                    case "city":
                        ReadCity(property.Value, pointer, profile, groups, issues);
                        break;
                    case "answers":
                        ReadAnswers(property.Value, pointer, answers, issues);
                        break;
                    case "$schema":
                        break;
                    default:
                        issues.Add(Unknown(pointer, property.Name, TopLevel));
                        break;
                }
            }

            return new RawAnswerFile(questionnaire, profile, groups, answers, issues);
        }
    }

    private static void ReadCity(JsonElement city, string pointer, List<RawField> profile, List<RawGroup> groups, List<ValidationIssue> issues)
    {
        if (city.ValueKind != JsonValueKind.Object)
        {
            issues.Add(Issues.Error(IssueCodes.JsonStructure, SourceLocation.Json(pointer),
                $"\"city\" must be an object with the city profile (name, country, year, population, foreignBornShare), not {Kind(city)}."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in city.EnumerateObject().Where(f => seen.Add(f.Name)))
        {
            var fieldPointer = $"{pointer}/{JsonPointer.Escape(field.Name)}";
            if (field.Name != "mainGroups")
            {
                profile.Add(new RawField(field.Name, ValueOf(field.Value), SourceLocation.Json(fieldPointer)));
                continue;
            }

            if (field.Value.ValueKind != JsonValueKind.Array)
            {
                issues.Add(Issues.Error(IssueCodes.ProfileInvalid, SourceLocation.Json(fieldPointer),
                    "\"mainGroups\" must be a list of objects such as {\"name\": \"Chinese\", \"count\": 9211, \"share\": 20}."));
                continue;
            }

            var index = 0;
            foreach (var group in field.Value.EnumerateArray())
            {
                var groupPointer = $"{fieldPointer}/{index++}";
                if (group.ValueKind != JsonValueKind.Object)
                {
                    issues.Add(Issues.Error(IssueCodes.ProfileInvalid, SourceLocation.Json(groupPointer),
                        "Each main group must be an object with \"name\" and optionally \"count\" and \"share\"."));
                    continue;
                }

                groups.Add(new RawGroup(Member(group, "name"), Member(group, "count"), Member(group, "share"), SourceLocation.Json(groupPointer)));
            }
        }
    }

    private static void ReadAnswers(JsonElement answers, string pointer, List<RawAnswer> entries, List<ValidationIssue> issues)
    {
        if (answers.ValueKind != JsonValueKind.Array)
        {
            issues.Add(Issues.Error(IssueCodes.JsonStructure, SourceLocation.Json(pointer),
                $"\"answers\" must be a list of objects such as {{\"question\": \"COM-01\", \"answer\": \"yes\"}}, not {Kind(answers)}."));
            return;
        }

        var index = 0;
        foreach (var entry in answers.EnumerateArray())
        {
            var entryPointer = $"{pointer}/{index++}";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                issues.Add(Issues.Error(IssueCodes.JsonStructure, SourceLocation.Json(entryPointer),
                    $"Each answer must be an object with \"question\" and \"answer\", not {Kind(entry)}."));
                continue;
            }

            foreach (var property in entry.EnumerateObject().Where(p => !EntryFields.Contains(p.Name)))
            {
                issues.Add(Unknown($"{entryPointer}/{JsonPointer.Escape(property.Name)}", property.Name, EntryFields));
            }

            var question = Member(entry, "question");
            string? questionId = null;
            if (question.Kind == RawKind.String && !string.IsNullOrWhiteSpace(question.Text))
            {
                questionId = question.Text!.Trim();
            }
            else
            {
                issues.Add(Issues.Error(IssueCodes.JsonStructure, SourceLocation.Json($"{entryPointer}/question"),
                    $"This answer has no question id (found {question.Describe()}). Add \"question\": \"COM-01\" or the like."));
            }

            entries.Add(new RawAnswer(
                questionId,
                Member(entry, "answer"),
                Member(entry, "evidence"),
                SourceLocation.Json(entryPointer),
                SourceLocation.Json($"{entryPointer}/answer"),
                SourceLocation.Json($"{entryPointer}/evidence")));
        }
    }

    private static RawValue Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? ValueOf(value) : RawValue.Missing;

    private static RawValue ValueOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => RawValue.Of(element.GetString()!),
        JsonValueKind.Number => element.TryGetDecimal(out var number)
            ? new RawValue(RawKind.Number, Text: element.GetRawText(), Number: number)
            : new RawValue(RawKind.Number, Text: element.GetRawText(), Number: null),
        JsonValueKind.True => new RawValue(RawKind.Boolean, Boolean: true),
        JsonValueKind.False => new RawValue(RawKind.Boolean, Boolean: false),
        JsonValueKind.Null => RawValue.Null,
        JsonValueKind.Array when element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            new RawValue(RawKind.StringList, Items: element.EnumerateArray().Select(e => e.GetString()!).ToList()),
        _ => RawValue.Other,
    };

    private static RawAnswerFile Failed(JsonException ex, string text)
    {
        var line = (int)Math.Min(ex.LineNumber ?? 0, int.MaxValue - 1) + 1;
        var column = TextPosition.CharacterColumn(text, line, ex.BytePositionInLine ?? 0);
        var location = new SourceLocation(null, line, column);
        var issue = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? Issues.Error(IssueCodes.JsonTooDeep, location,
                $"The JSON is nested more than {AnswerFileLimits.MaxJsonDepth} levels deep near line {line}. An answer file needs only 4 levels; check for stray brackets.")
            : Issues.Error(IssueCodes.JsonSyntax, location,
                $"The file is not valid JSON: the problem is at line {line}, column {column}. {ParserSentence(ex.Message)} Check for a missing comma, quote or bracket there.");
        return new RawAnswerFile(null, [], [], [], [issue]);
    }

    // The parser's message ends with "LineNumber: 0 | BytePositionInLine: 11292." (0-based, in bytes) and a
    // path: both are cut, since the issue gives the place itself, 1-based and in characters.
    private static string ParserSentence(string message)
    {
        var cut = new[] { " LineNumber:", " Path:" }.Select(m => message.IndexOf(m, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(message.Length).Min();
        var text = message[..cut].TrimEnd();
        return text.EndsWith('.') ? text : text + ".";
    }

    private static ValidationIssue Unknown(string pointer, string name, IEnumerable<string> known) =>
        Issues.Warning(IssueCodes.UnknownField, SourceLocation.Json(pointer),
            $"\"{EchoText.Safe(name)}\" is not a field of the answer format and is ignored. Known fields here: {string.Join(", ", known.Where(k => k != "$schema"))}.");

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
