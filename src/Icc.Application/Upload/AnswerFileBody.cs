using Icc.Application.Http;
using Icc.Domain.Answers;
using Microsoft.AspNetCore.Http;

namespace Icc.Application.Upload;

/// <summary>An answer file as received: its format (from the content type) and its bytes, unvalidated.</summary>
/// <param name="Format">JSON or CSV.</param>
/// <param name="Content">The bytes exactly as sent.</param>
public sealed record AnswerFileBody(AnswerFileFormat Format, byte[] Content)
{
    /// <summary>The largest answer file accepted (docs/answer-files.md, "Limits").</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The content types an answer file may be sent as.</summary>
    public static readonly IReadOnlyList<string> AcceptedContentTypes = ["application/json", "text/csv"];

    /// <summary>
    /// Reads the body of an upload: the file, or the problem to answer (415 for another content type,
    /// 413 over <see cref="MaxBytes"/>, 400 when empty). Validation of the content happens in the workflow.
    /// </summary>
    public static async Task<(AnswerFileBody? File, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AnswerFileFormats.FromContentType(request.ContentType) is not { } format)
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType, AcceptedContentTypes));
        }

        var content = await RequestBody.ReadAsync(request, MaxBytes, cancellationToken);
        if (content is null)
        {
            return (null, Problems.PayloadTooLarge("An answer file", MaxBytes));
        }

        if (content.Length == 0)
        {
            return (null, Problems.BadRequest("The file is empty", "The request body must be the answer file; it was empty."));
        }

        return (new AnswerFileBody(format, content), null);
    }
}
