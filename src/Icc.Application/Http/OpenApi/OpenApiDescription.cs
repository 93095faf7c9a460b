using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Icc.Application.Http.OpenApi;

/// <summary>
/// The OpenAPI 3.1 description of the API: openapi.json beside this file, embedded in the assembly and
/// served byte for byte. It is written by hand because the handlers read raw requests (there are no typed
/// endpoints a generator could describe); tests hold it to <see cref="Routes.All"/> and to what the
/// handlers answer.
/// </summary>
public sealed class OpenApiDescription
{
    /// <summary>The manifest name of the embedded document (set in Icc.Application.csproj).</summary>
    public const string ResourceName = "Icc.Application.Http.OpenApi.openapi.json";

    private OpenApiDescription(byte[] content)
    {
        this.Content = content;

        // A hash of the bytes: the tag changes exactly when the document does, on every host alike.
        this.ETag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"");
    }

    /// <summary>The document as UTF-8 JSON.</summary>
    public byte[] Content { get; }

    /// <summary>The document's strong entity tag.</summary>
    public EntityTagHeaderValue ETag { get; }

    /// <summary>Reads the embedded document.</summary>
    public static OpenApiDescription Load()
    {
        using var stream = typeof(OpenApiDescription).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(OpenApiDescription).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new OpenApiDescription(buffer.ToArray());
    }
}
