using Microsoft.AspNetCore.Http;

namespace Icc.Application.Http;

/// <summary>One problem found in a request body, listed in a 400 problem's <c>issues</c> extension.</summary>
/// <param name="Field">Where: a JSON pointer into the request body, e.g. <c>/questions/2/questionId</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record RequestIssue(string Field, string Message);

/// <summary>
/// Every error the API returns, as RFC 9457 problem details (<c>application/problem+json</c>) with a title
/// that names the problem and a detail that tells the caller what to do about it.
/// </summary>
public static class Problems
{
    /// <summary>The header that tells a client how to authenticate (RFC 9110 section 11.6.1).</summary>
    public const string AuthenticateHeader = "WWW-Authenticate";

    /// <summary>The challenge sent with every 401: our scheme is a key in the X-Api-Key header.</summary>
    public const string AuthenticateChallenge = "ApiKey header=\"X-Api-Key\"";

    /// <summary>Seconds a client should wait before retrying after a 503.</summary>
    public const int RetryAfterSeconds = 30;

    /// <summary>400: the request cannot be processed as sent.</summary>
    public static IResult BadRequest(string title, string detail) =>
        Problem(StatusCodes.Status400BadRequest, title, detail);

    /// <summary>400 listing every problem found in the request body at once.</summary>
    public static IResult Invalid(string detail, IReadOnlyList<RequestIssue> issues) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request body is not valid",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["issues"] = issues });

    /// <summary>401: no key, or a key we do not accept. Carries the WWW-Authenticate challenge.</summary>
    public static IResult Unauthorized(string detail) =>
        Problem(StatusCodes.Status401Unauthorized, "An API key is required", detail)
            .WithHeader(AuthenticateHeader, AuthenticateChallenge);

    /// <summary>403: the key is valid but its role may not do this.</summary>
    public static IResult Forbidden(string detail) =>
        Problem(StatusCodes.Status403Forbidden, "Not allowed for this API key", detail);

    /// <summary>404: the resource does not exist, or the caller may not know that it exists.</summary>
    public static IResult NotFound(string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail);

    /// <summary>405: the route exists but does not take this method.</summary>
    public static IResult MethodNotAllowed(string detail) =>
        Problem(StatusCodes.Status405MethodNotAllowed, "Method not allowed", detail);

    /// <summary>409: the resource is not in a state that allows the request.</summary>
    public static IResult Conflict(string title, string detail) =>
        Problem(StatusCodes.Status409Conflict, title, detail);

    /// <summary>413: the body is over the limit; <paramref name="what"/> names the body, e.g. "An answer file".</summary>
    public static IResult PayloadTooLarge(string what, long limitBytes) =>
        Problem(
            StatusCodes.Status413PayloadTooLarge,
            "The request body is too large",
            string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{what} may be at most {limitBytes} bytes ({limitBytes / (1024 * 1024.0):0.##} MiB)."));

    /// <summary>415: the content type is not one we read.</summary>
    public static IResult UnsupportedMediaType(string? contentType, IReadOnlyList<string> accepted) =>
        Problem(
            StatusCodes.Status415UnsupportedMediaType,
            "Unsupported content type",
            $"The content type '{contentType ?? "(none)"}' is not accepted. Send one of: {string.Join(", ", accepted)}.");

    /// <summary>503: storage or the workflow engine is unavailable; nothing was lost, the client may retry.</summary>
    public static IResult Unavailable(string detail) =>
        Problem(
            StatusCodes.Status503ServiceUnavailable,
            "Service temporarily unavailable",
            $"{detail} Retry in {RetryAfterSeconds} seconds.")
            .WithHeader("Retry-After", RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>500: something failed that the caller cannot fix; the log has the details.</summary>
    public static IResult Unexpected(string traceId) =>
        Problem(
            StatusCodes.Status500InternalServerError,
            "Unexpected error",
            $"The request failed unexpectedly. If it keeps failing, give the secretariat this trace id: {traceId}.");

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
