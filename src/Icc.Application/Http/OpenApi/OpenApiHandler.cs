using Microsoft.AspNetCore.Http;

namespace Icc.Application.Http.OpenApi;

/// <summary>
/// GET openapi.json: the API's OpenAPI description, without a key (a client needs it before it has one),
/// with an ETag so a client that holds the current copy gets 304 and no body.
/// </summary>
public sealed class OpenApiHandler(OpenApiDescription description)
{
    /// <summary>
    /// The document changes only with a deployment: five minutes bounds how long a cache shows an old one,
    /// and after that the ETag makes checking cost a 304.
    /// </summary>
    public const string CacheControl = "public, max-age=300";

    /// <summary>The media type served: plain JSON, which every OpenAPI tool and browser reads.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Handles the request: 200 with the document, or 304 when If-None-Match names its ETag.</summary>
    public IResult Handle() =>
        // The file result evaluates If-None-Match against the tag and answers 304 itself (RFC 9110 section 13.1.2).
        Results.Bytes(description.Content, ContentType, entityTag: description.ETag)
            .WithHeader("Cache-Control", CacheControl);
}
