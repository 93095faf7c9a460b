using System.Text.Json.Nodes;
using CsCheck;
using Icc.Domain.Questionnaires;

namespace Icc.Domain.Tests.Questionnaires;

public sealed class DefinitionLoadingTests
{
    private static JsonObject Shipped()
    {
        using var stream = typeof(QuestionnaireCatalog).Assembly.GetManifestResourceStream("Icc.Domain.Questionnaires.icc-2019.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static string Problems(JsonNode definition)
    {
        var ex = Assert.Throws<QuestionnaireDefinitionException>(() => QuestionnaireReader.Read(definition.ToJsonString()));
        return string.Join("\n", ex.Problems);
    }

    [Theory]
    [InlineData("questions", 87, "declares 87 questions but has 86")]
    [InlineData("mandatory", 72, "declares 72 mandatory questions but has 73")]
    [InlineData("indicators", 11, "declares 11 indicators but has 12")]
    [InlineData("areas", 18, "declares 18 areas but has 17")]
    public void DeclaredCount_NotMatchingTheContent_StopsLoading(string count, int declared, string expected)
    {
        // The counts live in the data and loading checks them, not only the tests.
        var definition = Shipped();
        definition["declared"]![count] = declared;
        Assert.Contains(expected, Problems(definition));
    }

    [Fact]
    public void QuestionLost_FromTheShippedDefinition_StopsLoadingByItsDeclaredCounts()
    {
        // A question deleted by mistake is caught even though every other rule still holds.
        var definition = Shipped();
        definition["questions"]!.AsArray().RemoveAt(definition["questions"]!.AsArray().Count - 1);
        Assert.Contains("declares 86 questions but has 85", Problems(definition));
    }

    [Theory]
    [InlineData("areas", "areas: entry 0 is null")]
    [InlineData("indicators", "indicators: entry 0 is null")]
    [InlineData("questions", "questions: entry 0 is null")]
    [InlineData("profile/fields", "profile fields: entry 0 is null")]
    [InlineData("profile/mainGroupFields", "profile mainGroupFields: entry 0 is null")]
    [InlineData("questions/0/options", "questions[0] ('COM-01') options: entry 0 is null")]
    [InlineData("indicators/0/areaIds", "indicators[0] ('commitment') areaIds: entry 0 is null")]
    public void NullEntry_InAnyList_IsADefinitionErrorSayingWhere(string list, string expected)
    {
        // A null inside a list is refused with its place, never a NullReferenceException.
        var definition = Shipped();
        var array = list.Split('/').Aggregate((JsonNode)definition, (node, key) => int.TryParse(key, out var i) ? node[i]! : node[key]!).AsArray();
        array[0] = null;
        Assert.Contains(expected, Problems(definition));
    }

    [Theory]
    [InlineData("profile", "no 'profile' part")]
    [InlineData("declared", "no 'declared' part")]
    public void MissingPart_OfTheDefinition_IsADefinitionError(string part, string expected)
    {
        // A definition without its profile part or its declared counts does not load.
        var definition = Shipped();
        definition.Remove(part);
        Assert.Contains(expected, Problems(definition));
    }

    [Fact]
    public void AnyNode_SetToNull_GivesADefinitionErrorOrLoads_NeverAnotherException()
    {
        // Every place in the definition, written as null, either still loads or is a QuestionnaireDefinitionException.
        var paths = Paths(Shipped(), string.Empty).ToArray();
        Gen.Int[0, paths.Length - 1].Sample(index =>
        {
            var definition = Shipped();
            var keys = paths[index].Split('/');
            var parent = keys[..^1].Aggregate((JsonNode)definition, (node, key) => node is JsonArray ? node[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)]! : node[key]!);
            if (parent is JsonArray array)
            {
                array[int.Parse(keys[^1], System.Globalization.CultureInfo.InvariantCulture)] = null;
            }
            else
            {
                parent[keys[^1]] = null;
            }

            try
            {
                QuestionnaireReader.Read(definition.ToJsonString());
            }
            catch (QuestionnaireDefinitionException)
            {
                // The expected refusal.
            }
        }, iter: 400);
    }

    [Theory]
    [InlineData("population", "required", false, "profile field 'population' must be required")]
    [InlineData("population", "max", 0, "a number field needs min and max with min <= max")]
    [InlineData("notes", "maxLength", 0, "a text field has a positive maxLength")]
    [InlineData("foreignBornShare", "max", 150, "a percentage lies within 0..100")]
    public void ProfileField_BrokenInTheDefinition_StopsLoading(string field, string property, object value, string expected)
    {
        // The profile part is checked like the questions: required facts, sound ranges and lengths.
        var definition = Shipped();
        var node = definition["profile"]!["fields"]!.AsArray().Single(f => (string)f!["id"]! == field)!;
        node[property] = value is bool flag ? JsonValue.Create(flag) : JsonValue.Create((int)value);
        Assert.Contains(expected, Problems(definition));
    }

    [Fact]
    public void ProfileField_UnknownToTheCityProfile_StopsLoading()
    {
        // The profile part names exactly the fields a city profile stores.
        var definition = Shipped();
        definition["profile"]!["fields"]![2]!["id"] = "province";
        Assert.Contains("missing [region], unknown [province]", Problems(definition));
    }

    private static IEnumerable<string> Paths(JsonNode node, string prefix) => node switch
    {
        JsonObject o => o.SelectMany(p => Paths(p.Value!, Join(prefix, p.Key)).Prepend(Join(prefix, p.Key))),
        JsonArray a => a.SelectMany((item, i) => Paths(item!, Join(prefix, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).Prepend(Join(prefix, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        _ => [],
    };

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}/{key}";
}
