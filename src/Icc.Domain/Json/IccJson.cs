using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Icc.Domain.Json;

/// <summary>
/// The one JSON configuration of the project: definition files, answer files, CLI output and API bodies
/// all use camelCase names and enum values written as camelCase strings.
/// </summary>
public static class IccJson
{
    /// <summary>Shared, read-only serializer options.</summary>
    public static readonly JsonSerializerOptions Options = Create(writeIndented: false);

    /// <summary>The same options, indented, for files and terminal output meant for people.</summary>
    public static readonly JsonSerializerOptions Indented = Create(writeIndented: true);

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = writeIndented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
