using System.Text.Json;
using Icc.Domain.Validation;

namespace Icc.Domain.Answers.Reading;

/// <summary>
/// Walks a parsed JSON answer file once before it is read, for what the parser lets through: a field
/// named twice in one object (the parser keeps both; readers would silently pick one) and text that
/// holds a broken escape such as a lone "\ud800" (which cannot become a string at all).
/// </summary>
internal static class JsonDocumentScan
{
    /// <summary>Adds an issue for every repeated field and every unreadable text; true when all text is readable.</summary>
    public static bool Check(JsonElement root, List<ValidationIssue> issues)
    {
        var readable = true;
        Visit(root, string.Empty, issues, ref readable);
        return readable;
    }

    private static void Visit(JsonElement element, string pointer, List<ValidationIssue> issues, ref bool readable)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryName(property, out var name))
                    {
                        issues.Add(Unreadable(pointer, "a field name in this object"));
                        readable = false;
                        continue;
                    }

                    var child = $"{pointer}/{JsonPointer.Escape(name)}";
                    if (!names.Add(name))
                    {
                        issues.Add(Issues.Error(IssueCodes.JsonDuplicateKey, SourceLocation.Json(child),
                            $"The field \"{EchoText.Safe(name)}\" appears twice in the same object{Where(pointer)}. Keep one: JSON readers disagree on which one counts."));
                    }

                    Visit(property.Value, child, issues, ref readable);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, $"{pointer}/{index++}", issues, ref readable);
                }

                break;
            case JsonValueKind.String when !TryText(element):
                issues.Add(Unreadable(pointer, "this text"));
                readable = false;
                break;
        }
    }

    private static string Where(string pointer) => pointer.Length == 0 ? " at the top of the file" : $" at {pointer}";

    private static ValidationIssue Unreadable(string pointer, string what) =>
        Issues.Error(IssueCodes.JsonInvalidText, SourceLocation.Json(pointer),
            $"The file is not valid text at {(pointer.Length == 0 ? "the top level" : pointer)}: {what} holds a \\u escape of half a character (a lone surrogate such as \\ud800). Remove the escape or write the character itself.");

    // System.Text.Json refuses to turn a lone surrogate escape into a string and throws InvalidOperationException.
    private static bool TryName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }

    private static bool TryText(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
