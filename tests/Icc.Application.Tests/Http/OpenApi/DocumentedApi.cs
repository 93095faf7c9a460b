using System.Text.Json;
using System.Text.Json.Nodes;
using Icc.Application.Http.OpenApi;
using Json.Schema;

namespace Icc.Application.Tests.Http.OpenApi;

/// <summary>One operation of the OpenAPI description.</summary>
/// <param name="Method">Upper-case HTTP method.</param>
/// <param name="Path">The path as documented, e.g. <c>/api/submissions/{submissionId}</c>.</param>
/// <param name="Node">The operation object.</param>
internal sealed record DocumentedOperation(string Method, string Path, JsonObject Node)
{
    public string Id => (string)this.Node["operationId"]!;

    /// <summary>True when the operation says so explicitly with an empty security list.</summary>
    public bool IsAnonymous => this.Node["security"] is JsonArray { Count: 0 };

    /// <summary>The roles in x-roles (empty when there are none).</summary>
    public IReadOnlyList<string> Roles => this.Node["x-roles"]?.AsArray().Select(n => (string)n!).ToList() ?? [];

    /// <summary>The response object for a status, references followed, or null when it is not documented.</summary>
    public JsonObject? Response(int status) =>
        this.Node["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is { } response
            ? DocumentedApi.Resolve(response).AsObject()
            : null;

    /// <summary>Every documented response: its status code and object, references followed.</summary>
    public IEnumerable<(string Status, JsonObject Response)> Responses() =>
        this.Node["responses"]!.AsObject().Select(p => (p.Key, DocumentedApi.Resolve(p.Value!).AsObject()));

    public override string ToString() => $"{this.Method} {this.Path} ({this.Id})";
}

/// <summary>
/// The served OpenAPI description read as plain JSON, for the structural checks the OpenAPI reader does not
/// make (roles, examples, problem responses) and to check bodies against its schemas.
/// </summary>
internal static class DocumentedApi
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static JsonObject Root { get; } = JsonNode.Parse(OpenApiDescription.Load().Content)!.AsObject();

    public static IEnumerable<DocumentedOperation> Operations() =>
        Root["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(p => Methods.Contains(p.Key))
            .Select(p => new DocumentedOperation(p.Key.ToUpperInvariant(), path.Key, p.Value!.AsObject())));

    public static DocumentedOperation Operation(string operationId) => Operations().Single(o => o.Id == operationId);

    /// <summary>The node itself, or the node its local <c>$ref</c> points at (followed until it is no reference).</summary>
    public static JsonNode Resolve(JsonNode node)
    {
        while (node is JsonObject o && o["$ref"] is JsonValue reference && ((string)reference!).StartsWith("#/", StringComparison.Ordinal))
        {
            node = At((string)reference!) ?? throw new InvalidOperationException($"Unresolved reference {(string)reference!}");
        }

        return node;
    }

    /// <summary>The node at a local JSON pointer (<c>#/components/...</c>), or null.</summary>
    public static JsonNode? At(string pointer)
    {
        JsonNode? node = Root;
        foreach (var raw in pointer[2..].Split('/'))
        {
            var key = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonObject o && o.TryGetPropertyValue(key, out var child) ? child : null;
        }

        return node;
    }

    /// <summary>Every example of a media type object (inline <c>example</c> or <c>examples</c> values, references followed).</summary>
    public static IEnumerable<(string Name, JsonNode? Value)> Examples(JsonObject mediaType)
    {
        if (mediaType.TryGetPropertyValue("example", out var single))
        {
            yield return ("example", single);
        }

        foreach (var (name, example) in mediaType["examples"]?.AsObject() ?? [])
        {
            yield return (name, Resolve(example!)["value"]);
        }
    }

    /// <summary>
    /// A JSON Schema evaluator for a schema of the document: OpenAPI 3.1 schemas are JSON Schema 2020-12, so
    /// the component schemas become <c>$defs</c> and their references are rewritten to match.
    /// </summary>
    public static JsonSchema Schema(JsonNode schema)
    {
        var text = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = Root["components"]!["schemas"]!.DeepClone(),
            ["allOf"] = new JsonArray(schema.DeepClone()),
        }.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text);
    }

    /// <summary>Null when the JSON conforms to the schema; otherwise every error, one a line.</summary>
    public static string? Check(JsonNode schema, JsonElement instance)
    {
        var result = Schema(schema).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? null
            : string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
    }
}
