using Microsoft.AspNetCore.Http;

namespace Icc.Application.Http;

/// <summary>A result that sets one response header, then writes the wrapped result.</summary>
/// <param name="Inner">The result to write.</param>
/// <param name="Name">Header name.</param>
/// <param name="Value">Header value.</param>
public sealed record HeaderResult(IResult Inner, string Name, string Value) : IResult
{
    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers[this.Name] = this.Value;
        return this.Inner.ExecuteAsync(httpContext);
    }
}

/// <summary>Adds headers to results.</summary>
public static class HeaderResults
{
    /// <summary>The result with one more response header.</summary>
    public static IResult WithHeader(this IResult result, string name, string value) => new HeaderResult(result, name, value);
}
