using System.Text.Json;
using System.Text.Json.Nodes;
using Icc.Application.Http;
using Icc.Application.Http.OpenApi;
using Icc.Application.Security;
using Icc.Application.Tests.Infrastructure;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Icc.Application.Tests.Http.OpenApi;

public sealed class OpenApiDocumentTests
{
    private static IEnumerable<string> RouteKeys() => Routes.All.Select(r => $"{r.Method} /{Routes.Prefix}/{r.Template} {r.Name}");

    private static IEnumerable<string> DocumentedKeys() => DocumentedApi.Operations().Select(o => $"{o.Method} {o.Path} {o.Id}");

    public static TheoryData<string> OperationIds() => new(DocumentedApi.Operations().Select(o => o.Id));

    [Fact]
    public void Document_ReadByOpenApiReader_HasNoErrorsOrWarnings()
    {
        // The served bytes are an OpenAPI 3.1 document that the Microsoft.OpenApi reader and its default rules accept as they are.
        var text = System.Text.Encoding.UTF8.GetString(OpenApiDescription.Load().Content);

        var (document, diagnostic) = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings());

        Assert.NotNull(document);
        Assert.NotNull(diagnostic);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.True(diagnostic.Errors.Count == 0, string.Join("\n", diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.True(diagnostic.Warnings.Count == 0, string.Join("\n", diagnostic.Warnings.Select(e => $"{e.Pointer}: {e.Message}")));
        var ruleErrors = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(ruleErrors.Count == 0, string.Join("\n", ruleErrors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal(Routes.All.Count, document.Paths.Sum(p => p.Value.Operations?.Count ?? 0));
    }

    [Fact]
    public void Routes_ComparedWithDocument_EveryRouteIsDocumented()
    {
        // Each route of Routes.All appears with its method, its /api path and its name as operationId.
        var missing = RouteKeys().Except(DocumentedKeys()).ToList();
        Assert.True(missing.Count == 0, "Routes missing from openapi.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void Document_ComparedWithRoutes_EveryOperationIsARoute()
    {
        // The document describes no operation that the hosts do not serve.
        var extra = DocumentedKeys().Except(RouteKeys()).ToList();
        Assert.True(extra.Count == 0, "Operations in openapi.json that Routes.All does not have: " + string.Join(", ", extra));
    }

    [Fact]
    public void References_EveryLocalRef_Resolves()
    {
        // A $ref to a missing component would leave a tool with half an operation.
        var broken = Refs(DocumentedApi.Root).Where(r => !r.StartsWith("#/", StringComparison.Ordinal) || DocumentedApi.At(r) is null).ToList();
        Assert.True(broken.Count == 0, "Unresolved: " + string.Join(", ", broken));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Security_IsExplicitWithRoles(string operationId)
    {
        // Each operation says whether it needs a key; the ones that do name the roles that may call them.
        var operation = DocumentedApi.Operation(operationId);
        var security = Assert.IsType<JsonArray>(operation.Node["security"], exactMatch: false);
        if (operation.IsAnonymous)
        {
            Assert.Empty(operation.Roles);
            return;
        }

        var requirement = Assert.Single(security)!.AsObject();
        Assert.Equal("ApiKey", Assert.Single(requirement).Key);
        Assert.NotEmpty(operation.Roles);
        Assert.All(operation.Roles, role => Assert.True(Enum.TryParse<ApiRole>(role, out _), $"{operation}: unknown role {role}"));
        Assert.Equal(operation.Roles.Distinct().Count(), operation.Roles.Count);
        Assert.Contains("Roles: ", (string?)operation.Node["description"]);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Errors_AreProblemJsonAndKeyedOnesDocument401(string operationId)
    {
        // Every 4xx and 5xx is application/problem+json; an operation needing a key documents 401 with its challenge, and 503 with Retry-After.
        var operation = DocumentedApi.Operation(operationId);
        foreach (var (status, response) in operation.Responses().Where(r => int.Parse(r.Status, System.Globalization.CultureInfo.InvariantCulture) >= 400))
        {
            var content = response["content"]?.AsObject();
            Assert.True(content is not null && content.Count == 1 && content.ContainsKey("application/problem+json"), $"{operation} {status} is not problem+json only");
            var schema = content!["application/problem+json"]!["schema"]!.ToJsonString();
            Assert.Contains("#/components/schemas/", schema);
            Assert.Contains("Problem", schema);
        }

        if (operation.IsAnonymous)
        {
            return;
        }

        var unauthorized = operation.Response(401);
        Assert.NotNull(unauthorized);
        Assert.NotNull(unauthorized["headers"]?["WWW-Authenticate"]);
        Assert.NotNull(operation.Response(503)?["headers"]?["Retry-After"]);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_Bodies_HaveExamplesThatMatchTheirSchemas(string operationId)
    {
        // Every request and response body has at least one example per media type, and each example conforms to the body's schema.
        var operation = DocumentedApi.Operation(operationId);
        var bodies = new List<(string Where, JsonObject Media)>();
        if (operation.Node["requestBody"] is { } requestBody)
        {
            bodies.AddRange(DocumentedApi.Resolve(requestBody)["content"]!.AsObject().Select(m => ($"request {m.Key}", m.Value!.AsObject())));
        }

        foreach (var (status, response) in operation.Responses())
        {
            bodies.AddRange((response["content"]?.AsObject() ?? []).Select(m => ($"{status} {m.Key}", m.Value!.AsObject())));
        }

        Assert.All(bodies, body =>
        {
            var examples = DocumentedApi.Examples(body.Media).ToList();
            Assert.True(examples.Count > 0, $"{operation} {body.Where}: no example");
            foreach (var (name, value) in examples)
            {
                Assert.True(value is not null, $"{operation} {body.Where} example {name}: no value");
                var errors = DocumentedApi.Check(body.Media["schema"]!, JsonSerializer.SerializeToElement(value));
                Assert.True(errors is null, $"{operation} {body.Where} example {name}:\n{errors}");
            }
        });
    }

    [Fact]
    public void AnswerFileSchema_ComparedWithPublishedSchema_IsTheSame()
    {
        // The upload body embeds schemas/answer-file.schema.json (less its $schema and $id): a change to one must reach the other.
        var published = JsonNode.Parse(File.ReadAllText(RepoPath("schemas/answer-file.schema.json")))!.AsObject();
        published.Remove("$schema");
        published.Remove("$id");

        var embedded = DocumentedApi.Root["components"]!["schemas"]!["AnswerFile"]!;

        Assert.True(JsonNode.DeepEquals(published, embedded), "components/schemas/AnswerFile differs from schemas/answer-file.schema.json");
    }

    [Fact]
    public void AsanSample_CheckedAgainstUploadSchema_Conforms()
    {
        // The JSON sample the README uploads conforms to the documented upload body.
        var media = DocumentedApi.Resolve(DocumentedApi.Operation(RouteNames.UploadSubmission).Node["requestBody"]!)["content"]!["application/json"]!;
        using var sample = JsonDocument.Parse(File.ReadAllText(RepoPath("samples/asan-2024.json")));

        Assert.Null(DocumentedApi.Check(media["schema"]!, sample.RootElement));
    }

    private static IEnumerable<string> Refs(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v ? [(string)v!] : Refs(p.Value)),
        JsonArray a => a.SelectMany(Refs),
        _ => [],
    };

    private static string RepoPath(string relative) => Path.Combine(Samples.RepoRoot(), relative);
}
